using GrantPortal.Domain.Common;
using GrantPortal.Domain.Documents;

namespace GrantPortal.Domain.Tests.Documents;

/// <summary>An export job's life: queued, started (again after a dead worker, from zero), progress, done or failed.</summary>
public class ExportJobTests
{
    private static readonly DateTimeOffset Now = new(2027, 5, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Restart_BeginsFromZero_AndCompleteKeepsTheArchive()
    {
        var job = new ExportJob(Guid.NewGuid(), ExportScope.Call, Guid.NewGuid(), "2027 通知", null, "staff", Now);
        Assert.Equal(ExportJobStatus.Queued, job.Status);
        job.Start(10, Now);
        job.Progress(4, Now.AddSeconds(5));

        job.Start(9, Now.AddMinutes(5));
        Assert.Equal(0, job.Done);
        Assert.Equal(9, job.Total);
        var archive = Guid.NewGuid();
        job.Complete(archive, Now.AddMinutes(6));

        Assert.Equal(ExportJobStatus.Done, job.Status);
        Assert.Equal(9, job.Done);
        Assert.Equal(archive, job.ArchiveId);
        Assert.Throws<DomainException>(() => job.Start(1, Now));
    }

    [Fact]
    public void Progress_StaysWithinTheTotal()
    {
        var job = new ExportJob(Guid.NewGuid(), ExportScope.Category, Guid.NewGuid(), "A1 学术交流", null, "staff", Now);
        job.Start(3, Now);
        job.Progress(7, Now);
        Assert.Equal(3, job.Done);
        job.Fail("磁盘已满", Now);
        Assert.Equal(ExportJobStatus.Failed, job.Status);
    }
}
