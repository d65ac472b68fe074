using System.Text.Json.Nodes;

namespace FeedFunctions.Infra.Tests;

public sealed class AppSettingsReaderTests
{
    private static JsonObject TemplateWith(string properties, string variables = "{}") => JsonNode.Parse($$"""
        {
          "variables": {{variables}},
          "resources": [
            { "type": "Microsoft.Resources/deployments", "name": "app", "properties": { "template": {
              "variables": {{variables}},
              "resources": [ { "type": "Microsoft.Web/sites/config", "name": "[format('{0}/{1}', parameters('name'), 'appsettings')]", "properties": {{properties}} } ]
            } } }
          ]
        }
        """)!.AsObject();

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // name, appsettings properties, variables -> expected names, comma-separated, sorted ordinally
        { "literal object", """{ "B__X": "1", "A__Y": "[parameters('y')]" }""", "{}", "A__Y,B__X" },
        { "createObject pairs", "\"[createObject('A__X', parameters('a'), 'B__Y', 'v')]\"", "{}", "A__X,B__Y" },
        { "union of variables", "\"[union(variables('base'), variables('extra'))]\"", """{ "base": { "A__X": "1" }, "extra": { "C__Z": "2" } }""", "A__X,C__Z" },
        { "both branches of if", "\"[union(createObject(), if(empty(parameters('e')), createObject(), createObject('L__E', parameters('e'))))]\"", "{}", "L__E" },
        { "variable holding an expression", "\"[variables('maybe')]\"", """{ "maybe": "[if(true(), createObject('M__N', 'v'), createObject())]" }""", "M__N" },
        { "escaped quote and nested call in a value", "\"[createObject('Q__R', format('it''s {0}', reference(resourceId('T', 'n'), '1').x), 'S__T', '1')]\"", "{}", "Q__R,S__T" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_SettingsShape_ListsEveryName(string shape, string properties, string variables, string expected)
    {
        var names = AppSettingsReader.Read(TemplateWith(properties, variables)).Keys;

        Assert.True(string.Join(",", names) == expected, $"{shape}: got {string.Join(",", names)}");
    }

    [Fact]
    public void Read_ValueWithNestedCall_KeepsItsSourceText()
    {
        var settings = AppSettingsReader.Read(TemplateWith("\"[createObject('K__V', format('@Microsoft.KeyVault(SecretUri={0})', parameters('uri')))]\""));

        Assert.Equal("format('@Microsoft.KeyVault(SecretUri={0})', parameters('uri'))", settings["K__V"]);
    }

    [Fact]
    public void Read_ComputedSettingName_Throws()
    {
        // A name the reader cannot see would slip past the settings check, so it must fail loudly.
        var error = Assert.Throws<InvalidOperationException>(() => AppSettingsReader.Read(TemplateWith("\"[createObject(parameters('n'), 'v')]\"")));

        Assert.Contains("computed setting name", error.Message);
    }

    [Fact]
    public void Read_UnknownFunction_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AppSettingsReader.Read(TemplateWith("\"[shallowMerge(parameters('all'))]\"")));

        Assert.Contains("cannot list the keys", error.Message);
    }
}
