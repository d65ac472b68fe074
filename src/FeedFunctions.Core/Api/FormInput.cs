namespace FeedFunctions.Api;

/// <summary>An HTML form post as a host read it within the limits: its fields, or why it could not be read.</summary>
public abstract record FormInput
{
    private FormInput()
    {
    }

    /// <summary>The fields of a well-formed form within the limits.</summary>
    public sealed record Fields(QueryValues Values) : FormInput;

    /// <summary>The body is not form data (another media type, or none).</summary>
    public sealed record NotForm : FormInput;

    /// <summary>The body is larger than <see cref="ApiBody.MaxBytes"/>.</summary>
    public sealed record TooLarge : FormInput;

    /// <summary>Form data that cannot be read (broken multipart, bad encoding) or has more fields than Api:MaxFormFields.</summary>
    public sealed record Malformed(string Reason) : FormInput;
}
