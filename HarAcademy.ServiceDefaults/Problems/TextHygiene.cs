using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace HarAcademy.ServiceDefaults.Problems;

/// <summary>
/// Characters that have no place in text a client sends (names, emails, searches, URLs): control characters other than
/// tab, line feed and carriage return (NUL above all, which PostgreSQL refuses outright), lone surrogates and the
/// non-characters U+FFFE/U+FFFF. Decided once here for every service, in JSON bodies and in query strings, and
/// answered with a 400 naming the field, rather than a 500 from whatever chokes on them later.
/// </summary>
public static class TextHygiene
{
    public const string Problem = "contains a character that has no place in text";

    /// <summary>The first forbidden character of <paramref name="text"/>, as <c>U+XXXX</c>, or null when it is clean.</summary>
    public static string? FirstForbidden(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            var forbidden = character switch
            {
                '\t' or '\n' or '\r' => false,
                < ' ' or (>= '\u007f' and <= '\u009f') or '\ufffe' or '\uffff' => true,
                _ when char.IsHighSurrogate(character) => i + 1 >= text.Length || !char.IsLowSurrogate(text[++i]),
                _ when char.IsLowSurrogate(character) => true,
                _ => false,
            };
            if (forbidden)
            {
                return $"U+{(int)character:X4}";
            }
        }

        return null;
    }

    /// <summary>Every string read from a JSON body goes through this: a forbidden character fails the read, naming its path.</summary>
    public sealed class JsonConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            return text is not null && FirstForbidden(text) is { } character
                ? throw new JsonException($"The text {Problem} ({character}).")
                : text;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    /// <summary>Refuses a request whose query string carries a forbidden character, naming the parameter.</summary>
    public static async Task CheckQueryAsync(HttpContext context, Func<Task> next)
    {
        foreach (var (name, values) in context.Request.Query)
        {
            if (FirstForbidden(name) is not null || values.Any(value => value is not null && FirstForbidden(value) is not null))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                var problems = context.RequestServices.GetService(typeof(IProblemDetailsService)) as IProblemDetailsService;
                var safeName = FirstForbidden(name) is null ? name : "(query parameter name)";
                await problems!.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [safeName] = [$"The value {Problem}."] })
                    {
                        Status = StatusCodes.Status400BadRequest,
                    },
                });
                return;
            }
        }

        await next();
    }
}
