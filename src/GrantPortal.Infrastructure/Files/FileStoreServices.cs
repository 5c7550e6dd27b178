using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GrantPortal.Infrastructure.Files;

/// <summary>
/// Registers the file store from the Files section: <c>Store</c> = <c>Postgres</c> (default) or <c>Directory</c> with
/// <c>Directory</c> = the shared path (then also its sweeper, <see cref="DirectoryFileSweeper"/>, with <c>Sweep:IntervalMinutes</c> and
/// <c>Sweep:GraceMinutes</c>).
/// </summary>
public static class FileStoreServices
{
    public static IServiceCollection AddFileContentStore(this IServiceCollection services, IConfiguration files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var store = files["Store"];
        if (string.Equals(store, "Directory", StringComparison.OrdinalIgnoreCase))
        {
            var directory = files["Directory"];
            if (string.IsNullOrWhiteSpace(directory))
            {
                throw new InvalidOperationException("Files:Store is Directory but Files:Directory is not set.");
            }
            var instance = new DirectoryFileContentStore(directory);
            services.AddSingleton(instance);
            services.AddSingleton<IFileContentStore>(instance);
            // Issue 8 (losing nothing): files whose row was never saved (a failed save, a killed process) are swept
            // away once older than the grace period. File ages are the file system's, so the sweep reads the real
            // clock, not the app's TimeProvider.
            var sweep = FileSweepOptions.From(files);
            services.AddSingleton(sp => ActivatorUtilities.CreateInstance<DirectoryFileSweeper>(sp, sweep, TimeProvider.System));
            services.AddHostedService<DirectoryFileSweepService>();
        }
        else if (string.IsNullOrEmpty(store) || string.Equals(store, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            services.AddScoped<IFileContentStore, PostgresFileContentStore>();
        }
        else
        {
            throw new InvalidOperationException($"Files:Store '{store}' is not known: use Postgres or Directory.");
        }
        return services;
    }
}
