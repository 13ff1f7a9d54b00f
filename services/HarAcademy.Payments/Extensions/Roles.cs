namespace HarAcademy.Payments.Extensions;

public static class Roles
{
    public const string Admin = "admin";

    /// <summary>The policy of the admin endpoints (transactions, refunds, revenue).</summary>
    public const string AdminPolicy = "admin";
}
