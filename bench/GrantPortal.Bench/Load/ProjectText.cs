using System.Text;

namespace GrantPortal.Bench.Load;

/// <summary>
/// Titles and contents that differ from one session to the next as real projects do (the similarity check, 查重,
/// refuses near-identical ones): words drawn by a generator seeded with the session's index.
/// </summary>
internal static class ProjectText
{
    private static readonly string[] Fields = ["人工智能", "乡村振兴", "生态环境", "智慧农业", "中医药", "新能源", "海洋科学", "地质灾害", "青少年科普", "老年健康", "数字经济", "种业创新", "水资源", "矿产勘查", "气象防灾", "文物保护", "网络安全", "新材料", "智能制造", "公共卫生"];
    private static readonly string[] Kinds = ["学术年会", "专题研讨会", "青年论坛", "科普讲座", "技术培训班", "国际交流会", "成果展示会", "院士讲坛", "学科沙龙", "调研报告"];
    private static readonly string[] Places = ["长沙", "株洲", "湘潭", "衡阳", "邵阳", "岳阳", "常德", "张家界", "益阳", "郴州", "永州", "怀化", "娄底", "湘西"];
    private static readonly string[] Sentences =
    [
        "邀请省内外专家围绕{0}的前沿问题作主旨报告", "组织青年科技工作者交流{0}领域的最新成果", "面向基层开展{0}相关的技术咨询与服务",
        "编印{0}科普读本并在{1}发放", "建立{0}专家库并开展常态化对接", "在{1}举办{0}现场观摩与培训", "形成{0}发展建议报送有关部门",
        "联合高校和企业共建{0}创新平台", "开展{0}科学传播志愿服务", "评选{0}优秀论文并汇编成册",
    ];

    /// <summary>Characters to spell each session's own code word: two projects never share most of their character pairs.</summary>
    private const string Syllables = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星辰山川湖海江河松柏梅兰竹菊春夏秋冬东南西北";

    /// <summary>Four characters mixed from the index: two sessions' words almost never share a character in the same place.</summary>
    private static string CodeWord(int index)
    {
        var word = new char[4];
        var mixed = (uint)index;
        for (var i = 0; i < 4; i++)
        {
            mixed = unchecked((mixed ^ (mixed >> 15)) * 2246822519u + 374761393u);
            word[i] = Syllables[(int)(mixed % (uint)Syllables.Length)];
        }
        return new string(word);
    }

    public static string Title(int index)
    {
        var random = new Random(index);
        var code = CodeWord(index);
        return $"{code[..2]}{Places[random.Next(Places.Length)]}{code[2..]}{Fields[random.Next(Fields.Length)]}{Kinds[random.Next(Kinds.Length)]}";
    }

    /// <summary>The content after the <paramref name="save"/>th autosave: it grows as the applicant writes.</summary>
    public static string Content(int index, int save)
    {
        var random = new Random(index * 7919);
        var text = new StringBuilder();
        for (var i = 0; i < 3 + save * 2; i++)
        {
            var field = Fields[random.Next(Fields.Length)];
            var place = Places[random.Next(Places.Length)];
            text.Append(CodeWord(index * 31 + i)).Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, Sentences[random.Next(Sentences.Length)], field, place)).Append('；');
        }
        return text.ToString();
    }
}
