using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace HarAcademy.ServiceDefaults.Authentication;

/// <summary>
/// Reads auth's signing keys straight from its JWKS at the internal address (one request instead of two), so the
/// discovery document is free to name the public address, which a service inside the graph may not reach.
/// JwtBearer's <see cref="ConfigurationManager{T}"/> keeps its caching and refresh-on-unknown-key; only the read differs.
/// </summary>
internal sealed class JwksRetriever : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        var keys = new JsonWebKeySet(await retriever.GetDocumentAsync(address, cancel));
        var configuration = new OpenIdConnectConfiguration { JsonWebKeySet = keys };
        foreach (var key in keys.GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }

        return configuration;
    }
}
