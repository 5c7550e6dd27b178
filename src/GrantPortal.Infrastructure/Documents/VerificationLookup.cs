using GrantPortal.Domain.Applications;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GrantPortal.Infrastructure.Documents;

/// <summary>
/// Finds the submission a verification code was issued for, across associations, through the database function
/// <c>verify_application_code</c> (SECURITY DEFINER, returning only what the verify page shows): the request keeps
/// its tenant isolation for everything else.
/// </summary>
public sealed class VerificationLookup(PortalDbContext db)
{
    /// <summary>The submission of <paramref name="code"/> (any form a person types or a scanner reads); null when no such code was issued.</summary>
    public async Task<VerifiedDocument?> FindAsync(string? code, CancellationToken cancellationToken = default)
    {
        if (VerificationCode.Normalize(code) is not { } normalized)
        {
            return null;
        }
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(
                """
                SELECT "AssociationName", "CallTitle", "CategoryCode", "CategoryName", "Title", "OrganizationName", "Number",
                       "Version", "SubmittedAt", "LatestVersion", "LatestSubmittedAt", "Status"
                FROM verify_application_code($1)
                """, connection);
            command.Parameters.Add(new NpgsqlParameter { Value = normalized });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }
            return new VerifiedDocument(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.IsDBNull(6) ? "" : reader.GetString(6),
                reader.GetInt32(7), reader.GetFieldValue<DateTimeOffset>(8), reader.GetInt32(9), reader.GetFieldValue<DateTimeOffset>(10),
                Enum.TryParse<ApplicationStatus>(reader.GetString(11), out var status) ? status : ApplicationStatus.Submitted);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
