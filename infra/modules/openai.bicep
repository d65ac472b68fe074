// Optional Azure OpenAI account with one chat model deployment. Key authentication is off; the app calls
// it with its managed identity, which gets Cognitive Services OpenAI User (inference only).

@description('Name of the Azure OpenAI account; also its custom subdomain, which Entra ID authentication needs.')
param name string

@description('Azure region; the model must be offered there.')
param location string

@description('Tags for the account.')
param tags object

@description('Name of the user-assigned identity the app runs as; it calls the model.')
param appIdentityName string

@description('Model name.')
param modelName string

@description('Model version.')
param modelVersion string

@description('Deployment type, e.g. GlobalStandard (pay per token, global routing) or Standard (regional).')
param deploymentSku string

@description('Capacity in thousands of tokens per minute.')
@minValue(1)
param capacity int

// Built-in role: Cognitive Services OpenAI User (call deployments; cannot change them or read keys).
var openAiUserRoleId = '5e0bd9bd-7b93-4f28-af87-19fc36ad61fd'

resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: appIdentityName
}

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: name
  location: location
  tags: tags
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource deployment 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  parent: account
  name: modelName
  sku: {
    name: deploymentSku
    capacity: capacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: modelName
      version: modelVersion
    }
  }
}

resource appOpenAiUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, appIdentity.id, openAiUserRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', openAiUserRoleId)
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

output endpoint string = account.properties.endpoint
output deploymentName string = deployment.name
