using GrantPortal.Domain.Reviews;
using GrantPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GrantPortal.Infrastructure.Seeding;

/// <summary>
/// A demo expert pool per association (eight experts of the three types, with units, fields and keywords of the
/// province), the first linked to reviewer@{tenant}.example.com and the second to the shared expert@example.com.
/// Runs with the demo accounts, in the system scope; adds nothing to an association that already has experts.
/// </summary>
public sealed class ExpertSeeder(PortalDbContext db, TimeProvider time)
{
    private sealed record Seed(string Name, string Organization, ExpertType Type, string[] Fields, string[] Keywords, int? Max);

    private static IReadOnlyList<Seed> PoolOf(string tenant, string province, string capitalUniversity, string agriUniversity)
    {
        var people = tenant switch
        {
            "xinjiang" => new[] { "艾尔肯·吐尔逊", "王海燕", "李建新", "古丽米拉·阿不都", "赵志刚", "刘晓梅", "马国庆", "陈立群" },
            "guangxi" => new[] { "韦国华", "黄秀兰", "覃志强", "蒙丽娟", "李春生", "陆海英", "梁文杰", "潘建平" },
            "hunan" => new[] { "谭伟民", "彭丽华", "刘建国", "周湘云", "易志军", "罗晓燕", "曾宪章", "贺明辉" },
            _ => new[] { "郭建华", "王秀英", "张晋生", "李红霞", "赵永强", "刘淑芳", "杨志明", "武晓东" },
        };
        return
        [
            new(people[0], capitalUniversity, ExpertType.Technical, ["农业科学", "作物育种"], ["农业", "育种", "乡村振兴"], 20),
            new(people[1], $"{province}科学院", ExpertType.Technical, ["信息技术", "人工智能"], ["数字化", "人工智能", "科普"], 20),
            new(people[2], agriUniversity, ExpertType.Technical, ["生态环境", "水资源"], ["生态", "环境保护", "节水"], 20),
            new(people[3], $"{province}人民医院", ExpertType.Technical, ["医学", "公共卫生"], ["健康", "医学", "卫生"], 20),
            new(people[4], $"{province}财政厅", ExpertType.Financial, ["财务管理", "预算绩效"], ["预算", "经费"], 30),
            new(people[5], $"{province}审计事务所", ExpertType.Financial, ["审计", "会计"], ["审计", "财务"], 30),
            new(people[6], $"{province}科学技术厅", ExpertType.Management, ["科技管理", "项目管理"], ["管理", "学术交流"], 30),
            new(people[7], $"{province}社会科学院", ExpertType.Management, ["科学普及", "社会组织管理"], ["科普", "学会", "学术交流"], 30),
        ];
    }

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!db.Tenant.IsSystem)
        {
            throw new InvalidOperationException("Seeding runs in the system scope only.");
        }
        var now = time.GetUtcNow();
        var shared = await UserIdAsync(DemoAccounts.SharedExpertEmail, cancellationToken);
        foreach (var association in await db.Associations.OrderBy(a => a.Identifier).ToListAsync(cancellationToken))
        {
            if (await db.Experts.IgnoreQueryFilters([PortalDbContext.TenantFilter]).AnyAsync(e => e.TenantId == association.Id, cancellationToken))
            {
                continue;
            }
            var (province, university, agri) = association.Identifier switch
            {
                "xinjiang" => ("新疆维吾尔自治区", "新疆大学", "新疆农业大学"),
                "guangxi" => ("广西壮族自治区", "广西大学", "广西农业科学院"),
                "hunan" => ("湖南省", "中南大学", "湖南农业大学"),
                _ => ("山西省", "山西大学", "山西农业大学"),
            };
            var reviewer = await UserIdAsync(DemoAccounts.Email(association.Identifier, "reviewer"), cancellationToken);
            var index = 0;
            foreach (var seed in PoolOf(association.Identifier, province, university, agri))
            {
                var expert = new Expert(association.Id, seed.Name, seed.Organization, seed.Type, now);
                expert.Update(seed.Name, seed.Organization, seed.Type, seed.Fields, seed.Keywords, [], null, $"1390000{index:0000}", true, seed.Max);
                var account = index switch
                {
                    0 => (reviewer, DemoAccounts.Email(association.Identifier, "reviewer")),
                    1 => (shared, DemoAccounts.SharedExpertEmail),
                    _ => ((Guid?)null, (string?)null),
                };
                if (account.Item1 is { } userId)
                {
                    expert.LinkAccount(userId, account.Item2!);
                }
                db.Experts.Add(expert);
                index++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private Task<Guid?> UserIdAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = email.ToUpperInvariant();
        return db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
