using System.Text.RegularExpressions;
using HarAcademy.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HarAcademy.Web.Tests.Journeys;

/// <summary>Money through the screens: a learner buys a paid course in sandbox mode, an admin refunds it, access ends.</summary>
public sealed class PaymentJourneyTests(WebGraph graph)
{
    private static readonly LocatorAssertionsToHaveAttributeOptions Patient = new() { Timeout = 20_000 };

    [Fact]
    public async Task Buy_a_paid_course_in_sandbox_mode_get_enrolled_then_an_admin_refund_revokes_access()
    {
        var word = $"Payant{Guid.NewGuid().ToString("N")[..8]}";
        var courseId = await SceneBuilder.PaidCourseAsync(graph, await graph.InstructorAsync("Nora"), word, price: 29.90m);
        var learner = await graph.RegisterAsync("Camille");
        var page = await graph.NewPageAsync();
        await Screens.SignInAsync(page, learner.Email, WebGraph.Password);

        // The course page sells it; the checkout page names the price the courses service gives.
        await page.GotoAsync($"/courses/{courseId}");
        await page.GetByTestId("buy-button").ClickAsync();
        await page.WaitForURLAsync($"**/checkout/course/{courseId}");
        await Expect(page.GetByTestId("checkout-start")).ToContainTextAsync("29,90");
        await page.GetByTestId("checkout-start").ClickAsync();

        // The sandbox's checkout page, clearly in test mode, pays with Stripe's test card.
        await page.WaitForURLAsync("**/checkout/sandbox/cs_test_sbx_*");
        await Expect(page.GetByTestId("sandbox-mode-label")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("sandbox-card-input")).ToHaveValueAsync(new Regex("4242"));
        await Screens.ScreenshotAsync(page, "sandbox-checkout");
        await Screens.AssertAccessibleAsync(page, "sandbox checkout");
        await page.GetByTestId("sandbox-pay").ClickAsync();

        // Back on the site: paid, then enrolled as soon as the courses service has the purchase.
        await page.WaitForURLAsync("**/checkout/success?transaction_id=*");
        await Expect(page.GetByTestId("checkout-status")).ToHaveAttributeAsync("data-status", "enrolled", Patient);
        await Screens.ScreenshotAsync(page, "checkout-success");
        await Screens.AssertAccessibleAsync(page, "checkout success");
        await page.GetByTestId("checkout-go-to-course").ClickAsync();
        await Expect(page.GetByTestId("continue-button")).ToBeVisibleAsync();
        await page.GotoAsync("/account/payments");
        var row = page.GetByTestId("payment-row").Filter(new() { HasText = word });
        await Expect(row).ToHaveAttributeAsync("data-status", "completed");
        await Expect(row.GetByTestId("invoice-download")).ToBeVisibleAsync();
        await Screens.AssertAccessibleAsync(page, "my payments");

        // An admin finds the payment and refunds it in full, with a reason.
        var admin = await graph.NewPageAsync();
        await Screens.SignInAsync(admin, WebGraph.AdminEmail, WebGraph.AdminPassword, next: "/admin/payments");
        await admin.GetByTestId("transaction-search").FillAsync(learner.Email);
        await admin.GetByTestId("transaction-search").PressAsync("Enter");
        var transaction = admin.GetByTestId("transaction-row");
        await Expect(transaction).ToHaveCountAsync(1);
        await Expect(transaction).ToHaveAttributeAsync("data-status", "completed");
        await Screens.AssertAccessibleAsync(admin, "admin payments");
        await transaction.GetByRole(AriaRole.Button, new() { Name = $"Découvrir {word}" }).ClickAsync();
        var dialog = admin.GetByTestId("transaction-dialog");
        await dialog.GetByTestId("refund-reason-input").FillAsync("Cours ne correspondant pas aux attentes");
        await dialog.GetByTestId("refund-button").ClickAsync();
        await dialog.GetByTestId("refund-confirm").ClickAsync();
        await Expect(dialog.GetByTestId("refund-result")).ToBeVisibleAsync();
        await Screens.ScreenshotAsync(admin, "admin-refund");

        // The learner's payment shows the refund; the course is for sale to them again (access revoked).
        await page.GotoAsync("/account/payments");
        await Expect(page.GetByTestId("payment-row").Filter(new() { HasText = word })).ToHaveAttributeAsync("data-status", "refunded", Patient);
        Assert.True(await Poll.UntilAsync(async () =>
        {
            await page.GotoAsync($"/courses/{courseId}");
            await page.GetByTestId("course-title").WaitForAsync();
            return await page.GetByTestId("buy-button").IsVisibleAsync();
        }, TimeSpan.FromSeconds(20)), "the refunded course still opened for the learner");
        await page.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }
}
