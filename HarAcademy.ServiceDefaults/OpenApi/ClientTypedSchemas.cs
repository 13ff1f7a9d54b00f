using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HarAcademy.ServiceDefaults.OpenApi;

/// <summary>
/// Puts back the types that our JSON settings hide from ASP.NET Core's schema generator, so clients generated from the
/// documents (the web app's) get <c>string</c> and <c>number</c> rather than <c>unknown</c> and <c>number | string</c>:
/// <list type="bullet">
/// <item>strings go through <see cref="Problems.TextHygiene.JsonConverter"/>, and a custom converter makes the generator
/// emit an empty schema; they are strings (nullable when the property is declared <c>string?</c>);</item>
/// <item>the web defaults also <em>read</em> numbers from strings, which the generator documents as
/// <c>["integer", "string"]</c> with a pattern; what every service writes, and what clients should send, is a number.</item>
/// </list>
/// </summary>
public sealed class ClientTypedSchemas : IOpenApiSchemaTransformer
{
    private static readonly NullabilityInfoContext Nullability = new();

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var declared = context.JsonTypeInfo.Type;
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (type == typeof(string) && schema.Type is null && schema.Enum is not { Count: > 0 })
        {
            schema.Type = IsNullable(context.JsonPropertyInfo) ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }
        else if (IsNumber(type) && schema.Type is { } numeric && numeric.HasFlag(JsonSchemaType.String))
        {
            schema.Type = numeric & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        else if (IsStringCollection(type) && schema.Items is null or OpenApiSchema { Type: null })
        {
            // Arrays of strings: the items' schema comes out empty (or missing) for the same reason.
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
        }

        return Task.CompletedTask;
    }

    private static bool IsNullable(JsonPropertyInfo? property) => property?.AttributeProvider switch
    {
        PropertyInfo info => Nullability.Create(info).ReadState == NullabilityState.Nullable,
        FieldInfo info => Nullability.Create(info).ReadState == NullabilityState.Nullable,
        _ => false,
    };

    private static bool IsStringCollection(Type type) =>
        type != typeof(string) && type.GetInterfaces().Append(type).Any(candidate =>
            candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            && candidate.GetGenericArguments()[0] == typeof(string));

    private static bool IsNumber(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)
        || type == typeof(double) || type == typeof(float) || type == typeof(decimal);
}
