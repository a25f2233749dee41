// SurveyBot on Azure: App Service (Linux, .NET 10) hosting the bot, an Azure Bot registration
// with the Teams and Web Chat channels, and a PostgreSQL flexible server for state and responses
// (several instances behind the load balancer share it; SQLite is for a single local instance).
@description('Base name for every resource.')
param name string = 'surveybot'

@description('Where the resources live.')
param location string = resourceGroup().location

@description('The bot identity: the application (client) id of the Entra ID app registration.')
param microsoftAppId string

@description('The bot identity\'s client secret.')
@secure()
param microsoftAppPassword string

@description('SingleTenant or MultiTenant (UserAssignedMSI is not covered by this template).')
@allowed([ 'SingleTenant', 'MultiTenant' ])
param microsoftAppType string = 'SingleTenant'

@description('The tenant of the app registration (SingleTenant).')
param microsoftAppTenantId string = subscription().tenantId

@description('PostgreSQL administrator login.')
param postgresAdminLogin string = 'surveybot'

@description('PostgreSQL administrator password.')
@secure()
param postgresAdminPassword string

@description('App Service plan SKU.')
param appServiceSku string = 'B1'

var webAppName = '${name}-${uniqueString(resourceGroup().id)}'
var postgresName = '${name}-pg-${uniqueString(resourceGroup().id)}'

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2023-06-01-preview' = {
  name: postgresName
  location: location
  sku: { name: 'Standard_B1ms', tier: 'Burstable' }
  properties: {
    version: '15'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: { storageSizeGB: 32 }
    backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2023-06-01-preview' = {
  parent: postgres
  name: 'surveybot'
}

resource allowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2023-06-01-preview' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
}

resource web 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      webSocketsEnabled: true
      alwaysOn: true
      healthCheckPath: '/healthz'
      appSettings: [
        { name: 'MicrosoftAppType', value: microsoftAppType }
        { name: 'MicrosoftAppId', value: microsoftAppId }
        { name: 'MicrosoftAppPassword', value: microsoftAppPassword }
        { name: 'MicrosoftAppTenantId', value: microsoftAppTenantId }
        { name: 'SurveyBot__Storage__Provider', value: 'Postgres' }
        { name: 'SurveyBot__Storage__PostgresConnectionString', value: 'Host=${postgres.properties.fullyQualifiedDomainName};Database=surveybot;Username=${postgresAdminLogin};Password=${postgresAdminPassword};SSL Mode=Require' }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: 'SurveyBot'
    endpoint: 'https://${web.properties.defaultHostName}/api/messages'
    msaAppId: microsoftAppId
    msaAppType: microsoftAppType
    msaAppTenantId: microsoftAppType == 'SingleTenant' ? microsoftAppTenantId : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

output botEndpoint string = bot.properties.endpoint
output webChatUrl string = 'https://${web.properties.defaultHostName}/'
