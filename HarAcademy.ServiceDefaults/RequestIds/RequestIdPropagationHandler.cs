namespace HarAcademy.ServiceDefaults.RequestIds;

/// <summary>Adds the current request's id to every outgoing HttpClient call, so one id follows a request across services.</summary>
internal sealed class RequestIdPropagationHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var id = RequestId.Current;
        if (id is not null && !request.Headers.Contains(RequestId.HeaderName))
        {
            request.Headers.TryAddWithoutValidation(RequestId.HeaderName, id);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
