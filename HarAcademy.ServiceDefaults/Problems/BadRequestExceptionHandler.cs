using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace HarAcademy.ServiceDefaults.Problems;

/// <summary>
/// Turns the framework's <see cref="BadHttpRequestException"/> (unreadable JSON, wrong types, body too large)
/// into a ProblemDetails with its own status and a detail naming the problem. Other exceptions fall through
/// to the default handler, which answers a 500 ProblemDetails without internals.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = badRequest.StatusCode,
                Title = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? "The request body is too large."
                    : "The request could not be read.",
                Detail = Describe(badRequest),
            },
        });
    }

    /// <summary>
    /// What was wrong, in the client's terms: the JSON path and the kind of problem, never our type names.
    /// </summary>
    private static string Describe(BadHttpRequestException exception)
    {
        if (exception.InnerException is not JsonException json)
        {
            return exception.Message;
        }

        var path = json.Path ?? "$";
        if (UnknownProperty().Match(json.Message) is { Success: true } unknown)
        {
            return $"Unknown field '{unknown.Groups[1].Value}' at '{path}'.";
        }

        if (json.Message.Contains(TextHygiene.Problem, StringComparison.Ordinal))
        {
            return $"Invalid text at '{path}': it {TextHygiene.Problem}.";
        }

        if (json.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return $"Invalid JSON at '{path}': the value has the wrong type or format.";
        }

        return $"Invalid JSON at '{path}' (line {json.LineNumber + 1}, position {json.BytePositionInLine + 1}): the body is not well-formed JSON.";
    }

    [GeneratedRegex("The JSON property '([^']{1,100})' could not be mapped")]
    private static partial Regex UnknownProperty();
}
