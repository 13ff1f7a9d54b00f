using System.Diagnostics;
using OpenTelemetry.Trace;

namespace HarAcademy.ServiceDefaults.Telemetry;

/// <summary>
/// Starts traces only where work was asked for (an incoming request, a consumed event, a span of our own): an outgoing
/// call with no parent (a background poll of Redis or PostgreSQL, an outbox pass) is not recorded, or the dashboard
/// would show a trace per poll, every second, for every service. Calls made while handling a request are children of
/// its trace and kept (the parent-based sampler decides those).
/// </summary>
public sealed class RequestRootSampler : Sampler
{
    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        new(samplingParameters.Kind == ActivityKind.Client ? SamplingDecision.Drop : SamplingDecision.RecordAndSample);
}
