// The one identity the Function App runs as. User-assigned, so it exists, and holds its roles, before the
// app starts: the host then reaches storage and resolves Key Vault references on its first start.

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for the identity.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output name string = identity.name
