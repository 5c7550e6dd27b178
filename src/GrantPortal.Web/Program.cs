using System.Globalization;
using GrantPortal.Infrastructure;
using GrantPortal.Infrastructure.Data;
using GrantPortal.Infrastructure.Identity;
using GrantPortal.Web.Infrastructure;
using GrantPortal.Web.Localization;
using GrantPortal.Web.Operations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Localization;
using Npgsql;
using Serilog;

var isCommand = args.Length > 0 && args[0] is "calls" or "exports" or "routes" or "files";
var builder = WebApplication.CreateBuilder(isCommand ? [] : args);
var settings = builder.Configuration.GetSection("GrantPortal");

var logDirectory = settings["LogDirectory"] ?? Path.Combine(builder.Environment.ContentRootPath, "logs");
var logging = new LoggerConfiguration()
    .ReadFrom.Configuration(builder.Configuration)
    .MinimumLevel.Information()
    .MinimumLevel.Override("Microsoft", Serilog.Events.LogEventLevel.Warning)
    .MinimumLevel.Override("Microsoft.Hosting.Lifetime", Serilog.Events.LogEventLevel.Information)
    .Enrich.With<PersonalDataMasking>();
if (settings.GetValue("ConsoleLog", defaultValue: true))
{
    logging.WriteTo.Console(formatProvider: CultureInfo.InvariantCulture);
}
var logger = logging
    .WriteTo.File(Path.Combine(logDirectory, "grantportal-.log"), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 30, formatProvider: CultureInfo.InvariantCulture)
    .CreateLogger();
builder.Logging.ClearProviders();
builder.Logging.AddSerilog(logger, dispose: true);

var database = new PortalDatabaseOptions
{
    OwnerConnectionString = builder.Configuration.GetConnectionString("Owner") ?? throw new InvalidOperationException("ConnectionStrings:Owner is not set."),
    AppConnectionString = builder.Configuration.GetConnectionString("App") ?? throw new InvalidOperationException("ConnectionStrings:App is not set."),
};
builder.Services.AddPortalInfrastructure(database);

builder.Services.AddIdentityCore<PortalUser>(options =>
    {
        options.User.RequireUniqueEmail = true;
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 4;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
    })
    .AddEntityFrameworkStores<PortalDbContext>()
    .AddSignInManager()
    .AddErrorDescriber<LocalizedIdentityErrors>()
    .AddDefaultTokenProviders() // issue 6 part B: the set-password link of an invited expert
    // Issue 8 (accounts): lockout on the app's clock and hashed recovery codes, common/simple/context passwords refused,
    // and the authenticator-app second factor that accepts each code once.
    .AddUserManager<PortalUserManager>()
    .AddPasswordValidator<PasswordRulesValidator>()
    .AddTokenProvider<TotpTokenProvider>(TotpTokenProvider.ProviderName);
builder.Services.Configure<IdentityOptions>(options => options.Tokens.AuthenticatorTokenProvider = TotpTokenProvider.ProviderName);
builder.Services.AddSingleton<GrantPortal.Web.Areas.Public.Account.UnknownAccountAttempts>();
// End of issue 8 (accounts).
builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
builder.Services.ConfigureApplicationCookie(options =>
{
    options.LoginPath = "/account/login";
    options.LogoutPath = "/account/logout";
    options.AccessDeniedPath = "/account/denied";
    options.Cookie.Name = "gp.auth";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
    options.SlidingExpiration = true;
});
// Issue 8 (change password): a password change or an admin's reset renews the security stamp; other sessions of that
// person are checked against it once a minute (Identity's default is 30) and signed out when it changed.
builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
// End of change password.
builder.Services.AddScoped<IClaimsTransformation, TenantRoleClaims>();
builder.Services.AddScoped<GrantPortal.Web.Areas.Applicant.Submissions.SubmissionChecks>();
// Notifications (issue 4): the notifier, the e-mail outbox sender (GrantPortal:Smtp, GrantPortal:Outbox), and GET /session not renewing the cookie it reports on.
builder.Services.AddNotifications(settings);
builder.Services.ConfigureOptions<GrantPortal.Web.Areas.Public.Session.SessionCookieEvents>();
// End of notifications.
// Review scoring (issue 6, part C): review forms, score sheets, the scores report, and the review reminders (hosted, uses the notifier above).
builder.Services.AddReviewScoring();
// End of review scoring.
// Application PDF (issue 5, part A): the printed form (font GrantPortal:Pdf:FontFile), the address its QR code encodes
// (GrantPortal:PublicBaseUrl; without it the request's own address, or http://localhost:5080 outside a request) and the
// public lookup of verification codes.
builder.Services.AddScoped(sp =>
{
    var request = sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request;
    var configured = settings["PublicBaseUrl"];
    return new GrantPortal.Infrastructure.Documents.ApplicationPdfOptions
    {
        FontFile = settings["Pdf:FontFile"],
        PublicBaseUrl = !string.IsNullOrWhiteSpace(configured) ? configured
            : request is null ? "http://localhost:5080" : $"{request.Scheme}://{request.Host}{request.PathBase}",
    };
});
builder.Services.AddScoped<GrantPortal.Infrastructure.Documents.IApplicationPdf, GrantPortal.Infrastructure.Documents.ApplicationPdf>();
builder.Services.AddScoped<GrantPortal.Infrastructure.Documents.VerificationLookup>();
// End of application PDF.
// Issue 5 part B: sealed scans, receipt seal and signing (GrantPortal:Signing), background exports (GrantPortal:Exports).
builder.Services.AddDocumentExports(settings, generateCertificates: !builder.Environment.IsProduction());
// End of issue 5 part B.
// Issue 8 (losing nothing): data-protection keys in PostgreSQL (table data_protection_keys), so every app instance
// behind one address shares sign-in cookies and antiforgery tokens; one application name for all of them.
builder.Services.AddDataProtection().SetApplicationName("GrantPortal");
builder.Services.AddSingleton<GrantPortal.Infrastructure.Data.DataProtectionKeys.PostgresXmlRepository>();
builder.Services.AddOptions<KeyManagementOptions>()
    .Configure<GrantPortal.Infrastructure.Data.DataProtectionKeys.PostgresXmlRepository>((options, keys) => options.XmlRepository = keys);
// End of data-protection keys.
// Issue 8 (uploads): where uploaded files' bytes live — PostgreSQL by default, or Files:Store=Directory with Files:Directory.
GrantPortal.Infrastructure.Files.FileStoreServices.AddFileContentStore(builder.Services, builder.Configuration.GetSection("Files"));
// End of the file store.
builder.Services.AddAuthorization();
builder.Services.AddHttpContextAccessor();
builder.Services.AddAntiforgery(options => options.Cookie.Name = "gp.af");
// Issue 8 (authorization matrix): secure cookies. Every cookie the app writes (sign-in gp.auth and Identity's other
// cookies, antiforgery gp.af, language .AspNetCore.Culture) is HttpOnly, SameSite Lax or Strict, and Secure: always in
// production, same-as-request in Development/Testing so plain-HTTP local runs still sign in (see CookieSecurity);
// GrantPortal:CookieSecurePolicy overrides. Set on the cookie options themselves and enforced by the cookie policy.
var cookieSecurePolicy = CookieSecurity.PolicyFor(builder.Environment, settings["CookieSecurePolicy"]);
builder.Services.Configure<CookiePolicyOptions>(options => CookieSecurity.Apply(options, cookieSecurePolicy));
builder.Services.PostConfigureAll<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(options => options.Cookie.SecurePolicy = cookieSecurePolicy);
builder.Services.Configure<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>(options => options.Cookie.SecurePolicy = cookieSecurePolicy);
// End of secure cookies.

builder.Services.AddLocalization();
builder.Services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
ValidationFilter.AddValidators(builder.Services);
// Model binding's messages are resolved per request, in the request's culture.
var l = new JsonStringLocalizer();
builder.Services.AddControllersWithViews(options =>
{
    options.Filters.Add<ValidationFilter>();
    options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
    options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
    options.ModelBindingMessageProvider.SetValueIsInvalidAccessor(_ => l["填写的值无效"].Value);
    options.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((value, _) => l["“{0}”不是有效的值", value].Value);
    options.ModelBindingMessageProvider.SetValueMustBeANumberAccessor(_ => l["请填写数字"].Value);
    options.ModelBindingMessageProvider.SetValueMustNotBeNullAccessor(_ => l["此项为必填项"].Value);
    options.ModelBindingMessageProvider.SetMissingBindRequiredValueAccessor(_ => l["此项为必填项"].Value);
});
// Chinese text goes out as text, not as &#x…; entities (pages a third the size); HTML-significant characters are still encoded.
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
    options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
builder.Services.Configure<RazorViewEngineOptions>(options =>
{
    // One folder per screen: Areas/{Area}/{Feature}/Views.
    options.AreaViewLocationFormats.Clear();
    options.AreaViewLocationFormats.Add("/Areas/{2}/{1}/Views/{0}.cshtml");
    options.AreaViewLocationFormats.Add("/Views/Shared/{0}.cshtml");
});

var app = builder.Build();

if (isCommand)
{
    // Issue 8 (authorization/sqlmap): `routes` lists every route (read by scripts/sqlmap.sh); it needs no database.
    if (args[0] == "routes")
    {
        return await RoutesCommand.RunAsync(app.Services, Console.Out);
    }
    // Issue 8 (losing nothing): `files sweep [--dry-run]` sweeps the directory file store now (see FilesCommand); it
    // only reads rows and removes unreferenced files, so it runs no migrations.
    if (args[0] == "files")
    {
        return await FilesCommand.RunAsync(args[1..], app.Services.GetService<GrantPortal.Infrastructure.Files.DirectoryFileSweeper>(), Console.Out, Console.Error);
    }
    // End of the files command.
    await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoAccounts: false, CancellationToken.None);
    return args[0] == "exports"
        ? await ExportsCommand.RunAsync(args[1..], app.Services, Console.Out, Console.Error)
        : await CallsCommand.RunAsync(args[1..], app.Services, Console.Out, Console.Error);
}

if (settings.GetValue<bool>("MigrateOnStartup"))
{
    await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(settings.GetValue<bool>("SeedDemoAccounts"), CancellationToken.None);
}

// Behind a TLS-terminating proxy (on this machine or a configured one: GrantPortal:KnownProxies), the request is
// the client's HTTPS request, so Secure cookies and antiforgery work; other senders' X-Forwarded-* are ignored.
var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto };
foreach (var proxy in (settings["KnownProxies"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
{
    forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
}
app.UseForwardedHeaders(forwarded);
app.UseExceptionHandler("/error/500");
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseCookiePolicy(); // issue 8: secure cookies (above)
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseStaticFiles();
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture("zh-CN"),
    SupportedCultures = [new CultureInfo("zh-CN"), new CultureInfo("en")],
    SupportedUICultures = [new CultureInfo("zh-CN"), new CultureInfo("en")],
    // Chinese unless the person chose otherwise: the browser's language is not consulted.
    RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()],
});
app.UseMiddleware<RequestLoggingMiddleware>();
app.UseRouting();
// Issue 8 (uploads): request bodies limited per endpoint before anything reads them; over the limit → 413 page.
app.UseMiddleware<GrantPortal.Web.Infrastructure.Uploads.RequestBodyLimits>(
    settings.GetValue("Uploads:MaxFormBytes", GrantPortal.Web.Infrastructure.Uploads.RequestBodyLimits.DefaultMaxBytes));
// End of request body limits.
app.UseMiddleware<TenantResolutionMiddleware>();
app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/healthz", async (NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
{
    try
    {
        await using var command = dataSource.CreateCommand("SELECT 1");
        command.CommandTimeout = 3;
        await command.ExecuteScalarAsync(cancellationToken);
        return Results.Text("ok");
    }
    catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
    {
        return Results.Text("database unavailable", statusCode: StatusCodes.Status503ServiceUnavailable);
    }
});
app.MapControllers();

if (settings.GetValue<bool>("SeedDemoAccounts") && settings.GetValue("ConsoleLog", defaultValue: true))
{
    app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app, Console.Out));
}

await app.RunAsync();
return 0;

/// <summary>The web host's entry point, public for WebApplicationFactory.</summary>
public partial class Program;
