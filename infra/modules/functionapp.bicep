// The Function App on the Flex Consumption plan (FC1), running as the user-assigned identity, with every
// app setting the code reads. Names follow the options convention: section X, property P -> setting X__P.

@description('Name of the Function App.')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region.')
param location string

@description('Tags for the plan and the app; the app also gets azd-service-name.')
param tags object

@description('Name of the user-assigned identity the app runs as.')
param appIdentityName string

@description('Storage account for the host and the app data.')
param storageAccountName string

@description('URL of the blob container holding the deployment package.')
param deploymentContainerUrl string

@description('Application Insights connection string (not a secret: ingestion requires an Entra token).')
param applicationInsightsConnectionString string

@description('Memory of each instance in MB; the local summarizer and the embedding model need about 1 GB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Most instances the plan may scale out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Key Vault URI of the SMTP password secret; empty when SMTP needs no password.')
param smtpCredentialUri string

@description('Key Vault URI of the digest signing key secret.')
param digestSigningKeyUri string

@description('Azure OpenAI endpoint; empty to use the local summarizer and tagger.')
param openAiEndpoint string

@description('Azure OpenAI deployment name; used with openAiEndpoint.')
param openAiDeployment string

@description('SMTP server host name.')
param smtpHost string

@description('SMTP server port.')
param smtpPort int

@description('SMTP transport security, as the Smtp options name it.')
param smtpSecurity string

@description('SMTP user name.')
param smtpUserName string

@description('Sender address of digest and confirmation mails.')
param smtpFrom string

@description('Public base URL for links in mails; empty for the app\'s own https address.')
param publicBaseUrl string

@description('Six-field cron schedule of the feed fetch timer.')
param fetchFeedsSchedule string

@description('Six-field cron schedule of the digest timer.')
param sendDigestsSchedule string

resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: appIdentityName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${appIdentity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references resolve with this identity; without it the platform looks for a system identity.
    keyVaultReferenceIdentity: appIdentity.id
    siteConfig: {
      minTlsVersion: '1.2'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: appIdentity.id
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// No FTP or basic-auth deployment: azd deploys with an Entra token.
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

// Settings the platform and SDKs read, not the app's options classes. Flex Consumption takes the runtime
// from functionAppConfig and rejects FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION.
var platformSettings = {
  AzureWebJobsStorage__accountName: storageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: appIdentity.properties.clientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${appIdentity.properties.clientId};Authorization=AAD'
  // DefaultAzureCredential picks the user-assigned identity by this variable.
  AZURE_CLIENT_ID: appIdentity.properties.clientId
}

// The app's options (src/FeedFunctions.Core, one class per section). Admin__Key is not set on Azure:
// function keys protect the admin routes there.
var appSettings = {
  Storage__AccountName: storageAccountName
  Smtp__Host: smtpHost
  Smtp__Port: string(smtpPort)
  Smtp__Security: smtpSecurity
  Smtp__UserName: smtpUserName
  Smtp__From: smtpFrom
  Digest__SigningKey: '@Microsoft.KeyVault(SecretUri=${digestSigningKeyUri})'
  Schedules__FetchFeeds: fetchFeedsSchedule
  Schedules__SendDigests: sendDigestsSchedule
}

var smtpPasswordSettings = empty(smtpCredentialUri)
  ? {}
  : {
      Smtp__Password: '@Microsoft.KeyVault(SecretUri=${smtpCredentialUri})'
    }

var llmSettings = empty(openAiEndpoint)
  ? {}
  : {
      Llm__Provider: 'AzureOpenAI'
      Llm__Endpoint: openAiEndpoint
      Llm__Deployment: openAiDeployment
    }

resource settings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: app
  name: 'appsettings'
  properties: union(platformSettings, appSettings, smtpPasswordSettings, llmSettings, {
    Digest__PublicBaseUrl: empty(publicBaseUrl) ? 'https://${app.properties.defaultHostName}' : publicBaseUrl
  })
}

output name string = app.name
output uri string = 'https://${app.properties.defaultHostName}'
