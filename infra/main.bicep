// FeedFunctions on Azure: `azd up` provisions this and deploys src/FeedFunctions.Functions to the app tagged
// azd-service-name 'api'. See docs/deploy.md for the resources, the identity model and the costs.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; names the resource group and seeds the unique resource names.')
param environmentName string

@minLength(1)
@description('Region of all resources; it must offer the Flex Consumption plan (and the model, with deployOpenAi).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Principal id of whoever runs the deployment (azd sets AZURE_PRINCIPAL_ID); may read Key Vault secrets. Empty for none.')
param principalId string = ''

@description('Memory of each Function App instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Most instances the Function App may scale out to; caps cost and the load on feed hosts.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Deploy an Azure OpenAI account and model for LLM summaries and tags; false keeps the local summarizer.')
param deployOpenAi bool = false

@description('Azure OpenAI model name (with deployOpenAi).')
param openAiModelName string = 'gpt-4.1-mini'

@description('Azure OpenAI model version (with deployOpenAi).')
param openAiModelVersion string = '2025-04-14'

@description('Azure OpenAI deployment type (with deployOpenAi).')
@allowed([
  'GlobalStandard'
  'DataZoneStandard'
  'Standard'
])
param openAiDeploymentSku string = 'GlobalStandard'

@description('Azure OpenAI capacity in thousands of tokens per minute (with deployOpenAi).')
@minValue(1)
param openAiCapacity int = 30

@description('SMTP server host name; the default is Azure Communication Services.')
param smtpHost string = 'smtp.azurecomm.net'

@description('SMTP server port.')
@minValue(1)
@maxValue(65535)
param smtpPort int = 587

@description('SMTP transport security.')
param smtpSecurity string = 'StartTls'

@description('SMTP user name; empty when the server needs no authentication.')
param smtpUserName string = ''

@secure()
@description('SMTP password or API key, stored in Key Vault; empty when the server needs no authentication.')
param smtpPassword string = ''

@description('Sender address of digest and confirmation mails.')
param smtpFrom string

@secure()
@description('Key that signs the links in mails, stored in Key Vault. azd generates it once and reads it back from the vault on later runs.')
@minLength(12)
param digestSigningKey string

@description('Public base URL for links in mails (a custom domain); empty for the Function App\'s own address.')
param publicBaseUrl string = ''

@description('Six-field cron schedule of the feed fetch timer.')
param fetchFeedsSchedule string = '0 */15 * * * *'

@description('Six-field cron schedule of the digest timer; hourly, so digests go out at each subscriber\'s local hour.')
param sendDigestsSchedule string = '0 5 * * * *'

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
var appName = 'func-${resourceToken}'
// Passed by name, with dependsOn, so role assignment names are known before deployment (what-if stays precise).
var appIdentityName = 'id-${resourceToken}'

resource resourceGroup 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: resourceGroup
  params: {
    name: appIdentityName
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: resourceGroup
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
    appIdentityName: appIdentityName
  }
  dependsOn: [
    identity
  ]
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: resourceGroup
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: 'app-package'
    appIdentityName: appIdentityName
  }
  dependsOn: [
    identity
  ]
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  scope: resourceGroup
  params: {
    name: 'kv-${resourceToken}'
    location: location
    tags: tags
    appIdentityName: appIdentityName
    deployerPrincipalId: principalId
    smtpPassword: smtpPassword
    digestSigningKey: digestSigningKey
  }
  dependsOn: [
    identity
  ]
}

module openAi 'modules/openai.bicep' = if (deployOpenAi) {
  name: 'openai'
  scope: resourceGroup
  params: {
    name: 'oai-${resourceToken}'
    location: location
    tags: tags
    appIdentityName: appIdentityName
    modelName: openAiModelName
    modelVersion: openAiModelVersion
    deploymentSku: openAiDeploymentSku
    capacity: openAiCapacity
  }
  dependsOn: [
    identity
  ]
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  scope: resourceGroup
  params: {
    name: appName
    planName: 'plan-${resourceToken}'
    location: location
    tags: tags
    appIdentityName: appIdentityName
    storageAccountName: storage.outputs.name
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    smtpCredentialUri: empty(smtpPassword) ? '' : keyVault.outputs.smtpCredentialUri
    digestSigningKeyUri: keyVault.outputs.digestSigningKeyUri
    openAiEndpoint: deployOpenAi ? openAi!.outputs.endpoint : ''
    openAiDeployment: deployOpenAi ? openAi!.outputs.deploymentName : ''
    smtpHost: smtpHost
    smtpPort: smtpPort
    smtpSecurity: smtpSecurity
    smtpUserName: smtpUserName
    smtpFrom: smtpFrom
    publicBaseUrl: publicBaseUrl
    fetchFeedsSchedule: fetchFeedsSchedule
    sendDigestsSchedule: sendDigestsSchedule
  }
  dependsOn: [
    identity
  ]
}

// Outputs azd stores in the environment (.azure/<env>/.env).
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_OPENAI_ENDPOINT string = deployOpenAi ? openAi!.outputs.endpoint : ''
output SERVICE_API_NAME string = functionApp.outputs.name
output SERVICE_API_URI string = functionApp.outputs.uri
