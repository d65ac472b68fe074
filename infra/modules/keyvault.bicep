// Key Vault in RBAC mode holding the app's two secrets. The Function App reads them through Key Vault
// references in its app settings, resolved by the platform with the app's identity (Key Vault Secrets User).

@description('Name of the vault (3-24 letters, digits and hyphens).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags for the vault.')
param tags object

@description('Name of the user-assigned identity the app runs as; it reads the secrets.')
param appIdentityName string

@description('Principal id of the person or pipeline running the deployment; it may read secrets so azd keeps the signing key across runs. Empty for none.')
param deployerPrincipalId string = ''

@secure()
@description('SMTP password (or API key); no secret is stored when empty.')
param smtpPassword string = ''

@secure()
@description('Key that signs unsubscribe and confirmation links in digests.')
@minLength(12)
param digestSigningKey string

// Built-in role: Key Vault Secrets User (read secret values, nothing else).
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: appIdentityName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    // Key Vault references do not resolve through a network-restricted vault on Flex Consumption.
    publicNetworkAccess: 'Enabled'
  }
}

resource smtpPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(smtpPassword)) {
  parent: vault
  name: 'smtp-password'
  properties: {
    value: smtpPassword
    contentType: 'text/plain'
  }
}

resource digestSigningKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'digest-signing-key'
  properties: {
    value: digestSigningKey
    contentType: 'text/plain'
  }
}

resource appSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, appIdentity.id, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource deployerSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(deployerPrincipalId)) {
  name: guid(vault.id, deployerPrincipalId, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: deployerPrincipalId
  }
}

output name string = vault.name
// Versionless URIs, so a rotated secret is picked up without redeploying.
// Built from the vault URI, not from the conditional secret, so no output depends on the password itself.
output smtpCredentialUri string = '${vault.properties.vaultUri}secrets/smtp-password'
output digestSigningKeyUri string = digestSigningKeySecret.properties.secretUri
