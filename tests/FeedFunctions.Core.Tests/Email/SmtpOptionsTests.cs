using System.ComponentModel.DataAnnotations;
using FeedFunctions.Email;

namespace FeedFunctions.Core.Tests.Email;

public sealed class SmtpOptionsTests
{
    private static List<ValidationResult> Validate(SmtpOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    [Theory]
    [InlineData("FeedFunctions <digest@example.org>")]
    [InlineData("digest@example.org")]
    [InlineData("\"Feed, Functions\" <digest@example.org>")]
    public void Validate_GoodFrom_NoErrors(string from) =>
        Assert.Empty(Validate(new SmtpOptions { Host = "smtp.azurecomm.net", From = from }));

    public static TheoryData<string, string> Bad => new()
    {
        { "FeedFunctions <digest@example.org>\r\nBcc: x@example.org", "From" },
        { "not an address", "From" },
        { "a@example.org, b@example.org", "From" },
    };

    [Theory]
    [MemberData(nameof(Bad))]
    public void Validate_BadFrom_NamesFrom(string from, string member)
    {
        var errors = Validate(new SmtpOptions { Host = "smtp.example.org", From = from });
        Assert.Contains(errors, e => e.MemberNames.Contains(member) && e.ErrorMessage!.StartsWith("Smtp:From", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UserNameWithoutPassword_NamesPassword()
    {
        var errors = Validate(new SmtpOptions { Host = "smtp.example.org", From = "a@example.org", UserName = "apikey" });
        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(SmtpOptions.Password)));
    }

    [Fact]
    public void Validate_MissingHostAndBadPort_ReportsBoth()
    {
        var errors = Validate(new SmtpOptions { Host = "", Port = 70000, From = "a@example.org" });
        Assert.Contains(errors, e => e.ErrorMessage!.StartsWith("Smtp:Host", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ErrorMessage!.StartsWith("Smtp:Port", StringComparison.Ordinal));
    }
}
