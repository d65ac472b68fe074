using FeedFunctions.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace FeedFunctions.Hosting;

/// <summary>Reads an HTML form post within the API's limits, for both hosts: the body is buffered up to ApiBody.MaxBytes first, then parsed with bounded field counts.</summary>
internal static class FormBodyReader
{
    /// <summary>The form's fields, or why there are none (not a form, too large, malformed or too many fields); never throws for what the client sent.</summary>
    public static async Task<FormInput> ReadAsync(HttpRequest request, int maxFields, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType) return new FormInput.NotForm();
        // Buffered under the same cap as JSON bodies, so a 10 MB form is refused by its declared length or after 256 KB.
        var body = await ApiBody.ReadAsync(request.Body, request.ContentLength, ApiBody.MaxBytes, cancellationToken);
        if (body is null) return new FormInput.TooLarge();
        request.Body = new MemoryStream(body, writable: false);
        var options = new FormOptions
        {
            ValueCountLimit = maxFields,
            KeyLengthLimit = 256,
            ValueLengthLimit = ApiBody.MaxBytes,
            MultipartBodyLengthLimit = ApiBody.MaxBytes,
            MultipartHeadersCountLimit = 8,
            MultipartHeadersLengthLimit = 8 * 1024,
            MultipartBoundaryLengthLimit = 128,
        };
        try
        {
            var form = await request.ReadFormAsync(options, cancellationToken);
            return new FormInput.Fields(new QueryValues(form.Select(f => KeyValuePair.Create(f.Key, f.Value.Select(v => v ?? "").ToArray()))));
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // The reader's own messages are for developers; the page says it in a reader's words.
            return new FormInput.Malformed($"The form data was broken, or held more than {maxFields} fields.");
        }
    }
}
