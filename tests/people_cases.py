"""Tables for officials that generalise (issue 16): names in lists, name edges, title edges.

Our own sentences in the genre's shapes: REAL (what must be found), BUGS_CAUGHT (wrong before),
NO_MATCH (decoys), XFAIL (known limits, strict).  tests/test_officials.py runs them.
"""

from __future__ import annotations

REAL = [
    # rare surnames (MODERN in scripts/gen_surnames.py), names after a long chain, new posts
    ("rare-surname-qi", "北京市副市长、市公安局党委书记、局长亓振华出席。",
     {"亓振华": ("北京市副市长", "市公安局党委书记", "局长")}),
    ("rare-surname-pu", "副县长、县公安局局长普永林主持会议。", {"普永林": ("副县长", "县公安局局长")}),
    ("post-assistant", "省长助理孙国平，省政府秘书长郝嘉文出席。",
     {"孙国平": ("省长助理",), "郝嘉文": ("省政府秘书长",)}),
    ("post-branch-chief", "分局长林太平说，要加强防护。", {"林太平": ("分局长",)}),
    ("post-organiser", "街道党工委组织员赵磊同志宣读了方案。", {"赵磊": ("街道党工委组织员",)}),
    ("post-judicial", "决定任命李明为审判员。", {"李明": ("审判员",)}),
    # appointments (settled cases): several in one paragraph, removal, replacing, acting
    ("appointments-listed", "决定任命李明为审判员，王芳为人民陪审员。", {"李明": ("审判员",), "王芳": ("人民陪审员",)}),
    ("appointments-semicolons", "会议决定：任命王永利为市人民政府副市长；免去卢炳春市公安局局长职务；任命陈强为市公安局局长。",
     {"王永利": ("市人民政府副市长",), "卢炳春": ("市公安局局长",), "陈强": ("市公安局局长",)}),
    ("removal-name-before-title", "决定免去卢炳春泉州市人民政府副市长、市公安局局长的职务。",
     {"卢炳春": ("泉州市人民政府副市长", "市公安局局长")}),
    ("removal-passive", "李明被免去市财政局局长职务。", {"李明": ("市财政局局长",)}),
    ("succeeds", "王海接替李明出任市委书记。", {"王海": ("市委书记",)}),
    ("acting-temporary", "由副局长王强临时代理局长职务。", {"王强": ("副局长", "临时代理局长")}),
    ("appointed-acting", "任命张伟为区人民政府副区长、代理区长。", {"张伟": ("区人民政府副区长", "代理区长")}),
    ("resign-with-reason", "会议决定：接受宋光明因任职年龄到限辞去省人大内务司法委员会主任委员职务。",
     {"宋光明": ("省人大内务司法委员会主任委员",)}),
    ("removal-comrade-yizhi", "免除路正阳同志常务副县长一职，免除孟凡哲同志副县长一职。",
     {"路正阳": ("常务副县长",), "孟凡哲": ("副县长",)}),
    ("post-by-name-hk", "律政司司长由资深大律师林定华接任。", {"林定华": ("律政司司长", "资深大律师")}),
    # 一职 / 职务 and a comma may stand between the post and 由 (the post was lost)
    ("post-yizhi-by-name", "劳动局长一职，由原观光局长王秋明接任。", {"王秋明": ("劳动局长", "原观光局长")}),
    ("post-zhiwu-by-name", "县长职务由副县长孙建国接任。", {"孙建国": ("县长", "副县长")}),
    ("post-by-name-long", "政务司副司长由已退休的前创新科技局常任秘书长卓永明出任。",
     {"卓永明": ("政务司副司长", "已退休的前创新科技局常任秘书长")}),
    # an adverb of time opening a …的 qualifier stays in the title (qualifiers stay when written) …
    ("de-qualifier-adverb-yi", "会议由已退休的原县委书记王刚主持。", {"王刚": ("已退休的原县委书记",)}),
    ("de-qualifier-adverb-ceng", "由曾分管农业的副县长李明介绍情况。", {"李明": ("曾分管农业的副县长",)}),
    ("de-qualifier-adverb-jiang", "会议由将离任的县委书记王刚主持。", {"王刚": ("将离任的县委书记",)}),
    # … an adverb before a verb that is no qualifier does not
    ("adverb-before-shi", "他已是分管农业的副县长李明。", {"李明": ("分管农业的副县长",)}),
    ("diplomats", "中国常驻联合国代表刘结一大使及夫人章启月总领事出席。",
     {"刘结一": ("中国常驻联合国代表", "大使"), "章启月": ("总领事",)}),
    ("dotted-name-before-yu", "波兰共和国总统亚历山大·克瓦希涅夫斯基于11月16日访问。",
     {"亚历山大·克瓦希涅夫斯基": ("波兰共和国总统",)}),
    ("qualifier-after-name", "陈立扁前总统今日表示。", {"陈立扁": ("前总统",)}),
    ("qualifier-char-given-name", "县长王前出席。", {"王前": ("县长",)}),
    ("qualifier-after-short-name", "张某原局长表示。", {"张某": ("原局长",)}),
    ("office-of-post", "行政长官办公室主任梁立明出席。", {"梁立明": ("行政长官办公室主任",)}),
    ("office-abbrev", "入境处前处长、特首办主任陈国明出席。", {"陈国明": ("入境处前处长", "特首办主任")}),
    ("word-across-post", "警察总局局长助理钟立明出席。", {"钟立明": ("警察总局局长助理",)}),
    ("speech-then-conj", "学习了会议上的讲话和最高检案件管理办公室主任王刚的部署。",
     {"王刚": ("最高检案件管理办公室主任",)}),
    # decoys for a conjunction after a name: 同 of 同志, 及 inside a body's name
    ("tong-of-tongzhi-before-post", "免除孙立平同志县财政局局长职务。", {"孙立平": ("县财政局局长",)}),
    ("ji-inside-body-after-word", "港澳及内地事务局局长何明出席。", {"何明": ("港澳及内地事务局局长",)}),
    ("acting-inside-title", "市政府代理秘书长孙立平出席。", {"孙立平": ("市政府代理秘书长",)}),
    ("de-then-ji-inside-body", "新设的文化体育及旅游局局长杨润明出席。", {"杨润明": ("新设的文化体育及旅游局局长",)}),
    # transliterated names after a foreign post (lexicons/translit_chars.tsv)
    ("foreign-names", "美国前国务卿基辛格、白俄罗斯副外长雷巴科夫出席。",
     {"基辛格": ("美国前国务卿",), "雷巴科夫": ("白俄罗斯副外长",)}),
    ("foreign-name-before-verb", "美国总统特朗普表示，将继续谈判。", {"特朗普": ("美国总统",)}),
    ("foreign-known-name-ending-rare-char", "美国联邦储备委员会主席格林斯潘说。", {"格林斯潘": ("美国联邦储备委员会主席",)}),
    ("dotted-three-parts", "智利外长何塞·米格尔·因苏尔萨今天在京会谈。", {"何塞·米格尔·因苏尔萨": ("智利外长",)}),
    ("un-official", "联合国常务副秘书长埃里亚松出席。", {"埃里亚松": ("联合国常务副秘书长",)}),
    ("term-qualifier", "本届政协委员李平发言，上届省政协副主席王刚出席。",
     {"李平": ("本届政协委员",), "王刚": ("上届省政协副主席",)}),
    ("designate", "候任香港特首林郑月娥出席。", {"林郑月娥": ("候任香港特首",)}),
    ("ling-after-name", "副县长钟立新另表示，将加强巡查。", {"钟立新": ("副县长",)}),
    # settled case: appointment verbs are not part of a title (曾任, 历任 as well as 任, 出任 …)
    ("zengren-verb", "同样曾任入境处处长的曾国明留任政制及内地事务局局长。",
     {"曾国明": ("入境处处长", "政制及内地事务局局长")}),
    ("liren-listed", "王刚历任县长、县委书记。", {"王刚": ("县长", "县委书记")}),
    # the last post of the list may be joined by 及 / 和 (it was dropped)
    ("listed-posts-ji", "王秋明曾任市政府副秘书长、观光局长及市民政局长等职。",
     {"王秋明": ("市政府副秘书长", "观光局长", "市民政局长")}),
    ("listed-posts-he", "王刚历任县长、县委书记和市委常委。", {"王刚": ("县长", "县委书记", "市委常委")}),
    # … a title after 及 with a name of its own is that person's
    ("ji-then-titled-name", "赵立平任县长及市委常委孙建国出席。", {"赵立平": ("县长",), "孙建国": ("市委常委",)}),
    ("age-before-name", "33岁周羿明接任青年局长。", {"周羿明": ("青年局长",)}),
    ("promoted", "张伟出任市委秘书长，李明升任副市长。", {"张伟": ("市委秘书长",), "李明": ("副市长",)}),
    # the person leaving a post names it without 职务 after 卸任, 辞任, 请辞 (the post was lost)
    ("leaves-post-xieren", "张立华卸任劳动局长。", {"张立华": ("劳动局长",)}),
    ("leaves-post-qingci", "孙建国因个人原因请辞县文化局局长，县长已准辞。", {"孙建国": ("县文化局局长",)}),
    ("leaves-post-ciren", "赵立平辞任公司董事长。", {"赵立平": ("公司董事长",)}),
    # a post taken in a …的 qualifier before a title goes to the names of that title (it was lost)
    ("qualifier-appointment-list", "担任本届政协委员的省政协副主席李平、王刚出席。",
     {"李平": ("本届政协委员", "省政协副主席"), "王刚": ("本届政协委员", "省政协副主席")}),
    ("qualifier-appointment-one", "会上，担任县人大代表的副镇长孙建国发言。", {"孙建国": ("县人大代表", "副镇长")}),
    # … and a name right after 的 takes the post as before
    ("qualifier-appointment-name-after", "曾任县长的李明出席。", {"李明": ("县长",)}),
    # where someone comes from (来自…的) is no qualifier of the post (it was kept in the title) …
    ("from-place", "来自官渡镇的政协委员李四发言。", {"李四": ("政协委员",)}),
    ("from-place-list", "来自基层一线的人大代表王刚、孙建国发言。", {"王刚": ("人大代表",), "孙建国": ("人大代表",)}),
    # … while other …的 qualifiers stay
    ("de-qualifier-kept", "分管日常工作的副厅长孙建国出席。", {"孙建国": ("分管日常工作的副厅长",)}),
    # a media outlet in book-title marks opens the title (the title started after 》)
    ("book-title-outlet", "《光华日报》社长张建国出席。", {"张建国": ("《光华日报》社长",)}),
    ("book-title-outlet-latin", "由33岁的《NewsToday今日新闻》政治中心主任余翔接任。",
     {"余翔": ("《NewsToday今日新闻》政治中心主任",)}),
    # … but not across another delimiter
    ("book-title-then-comma", "据《光华日报》报道，社长张建国出席。", {"张建国": ("社长",)}),
    # a date (with an auxiliary) between the name and the appointment verb (the post was lost)
    ("date-before-verb", "郑立伟3日起出任行政长官办公室秘书长。", {"郑立伟": ("行政长官办公室秘书长",)}),
    ("aux-date-before-verb", "卢立雄已于3日出任行政署长。", {"卢立雄": ("行政署长",)}),
    ("year-month-before-verb", "张立华于2023年3月任县长。", {"张立华": ("县长",)}),
    ("aux-date-qi-before-verb", "孙建国将于5月1日起担任县委书记。", {"孙建国": ("县委书记",)}),
    # names in a list sharing one title: a name that is also a person-name word (nr) will do
    ("list-long", "市人大常委会副主任郑国良、金国松、阮丽娟、程学法及其他组成人员参加会议。",
     {"郑国良": ("市人大常委会副主任",), "金国松": ("市人大常委会副主任",), "阮丽娟": ("市人大常委会副主任",),
      "程学法": ("市人大常委会副主任",)}),
    ("list-nr-words", "省委常委王正福、王晓东、李俊明出席。",
     {"王正福": ("省委常委",), "王晓东": ("省委常委",), "李俊明": ("省委常委",)}),
    # name edges: the next word's first character is not part of the name
    ("time-after-name", "县长钟立锦今(6)日表示，将加快建设。", {"钟立锦": ("县长",)}),
    ("guanyu-after-name", "听取了县法院院长徐普关于审判工作的汇报。", {"徐普": ("县法院院长",)}),
    ("jieren-after-name", "新闻中心主任余翔接任观传局长。", {"余翔": ("新闻中心主任", "观传局长")}),
    # title edges: what links a title to its clause is not part of it
    ("de-before-title", "会上，新当选的三溪镇党委书记虞润东表示感谢。", {"虞润东": ("三溪镇党委书记",)}),
    ("demonstrative", "该镇党委副书记王强出席。", {"王强": ("镇党委副书记",)}),
    ("party-affiliation", "民进党籍苗栗县议员罗贵明表示反对。", {"罗贵明": ("苗栗县议员",)}),
    ("date-day", "本月12日原秘书长张宏出席。", {"张宏": ("原秘书长",)}),
    ("accompanied-by", "王瑞林偕副县长张东前往现场。", {"张东": ("副县长",)}),
    ("symbol", "▲县长王刚讲话。", {"王刚": ("县长",)}),
    ("dateline-dian", "新华社北京3月5日电国务院副总理张宏出席。", {"张宏": ("国务院副总理",)}),
    ("year-before-title", "2023年度优秀局长王刚出席。", {"王刚": ("优秀局长",)}),
    ("ordinal-term-kept", "香港特别行政区第6任行政长官李家超宣誓就职。", {"李家超": ("香港特别行政区第6任行政长官",)}),
    ("surname-after-post-compound", "劳工处处长孙玉菡担任劳工及福利局局长。", {"孙玉菡": ("劳工处处长", "劳工及福利局局长")}),
    ("branch-chief-sun", "分局长孙太康说，要加强防护。", {"孙太康": ("分局长",)}),
    ("verb-before-body", "参议院举行全会，隆重欢迎中国国家主席李明。", {"李明": ("中国国家主席",)}),
    # a name right after a title, closed by a list mark, when its first two characters are a noun
    ("noun-start-closed-by-mark", "区委副书记、政法委书记王家锋、历任院长参加座谈会。",
     {"王家锋": ("区委副书记", "政法委书记")}),
    ("verb-surname-closed-by-mark", "市一医院党委书记曾强、市二医院党委书记余飞跃发言。",
     {"曾强": ("市一医院党委书记",), "余飞跃": ("市二医院党委书记",)}),
    ("yingyao-follows-name", "县委副书记李见阳应邀参加会议。", {"李见阳": ("县委副书记",)}),
    ("apposed-paren-qualifier", "赵云霞女士：监事（职工代表），中国国籍。", {"赵云霞": ("监事",)}),
    ("post-researcher", "社科院金融研究所副研究员尹中华对本报记者表示。", {"尹中华": ("社科院金融研究所副研究员",)}),
    ("surname-lou", "省人大常委会预算工作委员会主任楼小东作报告。", {"楼小东": ("省人大常委会预算工作委员会主任",)}),
]

BUGS_CAUGHT = [
    # the shorter name must not be taken when the longer one is a name before a time word
    ("name-then-jintian", "县长王立刚今天出席。", {"王立刚": ("县长",)}),
    ("name-ending-he-word", "市长张和平出席。", {"张和平": ("市长",)}),
    # the weak-surname check spares given names that are nouns or verbs of a common surname
    ("noun-given-name", "总经理傅军民介绍情况。", {"傅军民": ("总经理",)}),
    ("verb-given-name", "主任付振兴讲话。", {"付振兴": ("主任",)}),
    ("senator-not-counsellor", "美国参议员卡尔·莱文表示。", {"卡尔·莱文": ("美国参议员",)}),
    ("name-ending-conj", "科长黄维和针对保密工作提出对策。", {"黄维和": ("科长",)}),
    # a verb that jieba tags v but ends like a body is the body (分行党委书记)
    ("body-tagged-verb", "分行党委书记夏力讲话。", {"夏力": ("分行党委书记",)}),
    ("body-abbrev-tagged-verb", "建行党委书记王洪明出席。", {"王洪明": ("建行党委书记",)}),
    # a conjunction after a name with no post of its own joins people: the title starts after it
    # (the title ran over the name: 李明同政府经济顾问)
    ("conj-tong-after-bare-name", "会议由李明同政府经济顾问陈明共同主持。", {"陈明": ("政府经济顾问",)}),
    ("conj-he-after-bare-name", "出席会议的有王建军和市政府副市长刘洪涛。", {"刘洪涛": ("市政府副市长",)}),
    ("conj-yu-after-bare-name", "张华与县委副书记陈东一起调研。", {"陈东": ("县委副书记",)}),
    ("conj-ji-after-bare-name", "会见了赵立新及省公安厅厅长孙建国。", {"孙建国": ("省公安厅厅长",)}),
    # in a list of names a given name may end with a character that ends longer organisation
    # heads (庭 of 法庭): the list stopped there
    ("list-name-ending-head-char", "五日由孙立平、简振庭、谢明德等三位议员质询。",
     {"孙立平": ("议员",), "简振庭": ("议员",), "谢明德": ("议员",)}),
    # a list of foreign officials names the country or the UN once: the later items' posts are
    # foreign too (their transliterated names were dropped)
    ("foreign-list-country-once", "美国国务卿鲍威尔、国防部长拉姆斯菲尔德出席。",
     {"鲍威尔": ("美国国务卿",), "拉姆斯菲尔德": ("国防部长",)}),
    ("foreign-list-un-once", "会见了联合国常务副秘书长米吉罗、副秘书长帕斯科、沙祖康、开发计划署署长德尔维什等。",
     {"米吉罗": ("联合国常务副秘书长",), "帕斯科": ("副秘书长",), "沙祖康": ("副秘书长",),
      "德尔维什": ("开发计划署署长",)}),
    # an acting word right after a name opens the title there (the title ran over the name, which
    # was lost, and a word before it was read as one: 经研究)
    ("acting-after-name", "经研究，孙立平代理市公安局局长。", {"孙立平": ("代理市公安局局长",)}),
    ("acting-after-name-yizhi", "会议决定，张丽华代理公司总经理一职。", {"张丽华": ("代理公司总经理",)}),
    ("acting-shuli-after-name", "经研究，黄志强署理民政事务局局长。", {"黄志强": ("署理民政事务局局长",)}),
    ("acting-temporary-after-name", "经研究，李国庆临时代理市公安局局长职务。", {"李国庆": ("临时代理市公安局局长",)}),
    ("acting-after-titled-name", "副市长王海涛代理市人民政府市长职务。", {"王海涛": ("副市长", "代理市人民政府市长")}),
    # a conjunction after a titled name, before the next person's post, joins people: it is no
    # name's last character (张伟和 was read as the name); before a verb it may end a name
    ("conj-he-before-post", "副市长张伟和市长刘明出席会议。", {"张伟": ("副市长",), "刘明": ("市长",)}),
    ("conj-he-before-deputy-post", "县委书记王建和副县长李强一同调研。",
     {"王建": ("县委书记",), "李强": ("副县长",)}),
    ("conj-he-before-surname", "主任赵立和孙平出席。", {"赵立": ("主任",)}),
    ("conj-he-name-before-verb", "副市长王建和主持会议。", {"王建和": ("副市长",)}),
    # a clause verb that may follow a name (希望, 看望, 要求 …) right before a title is the
    # clause's verb, no part of the title (希望县长 was read as the title)
    ("clause-verb-before-post", "县委书记王强希望县长李明抓好落实。", {"王强": ("县委书记",), "李明": ("县长",)}),
    ("clause-verb-opening-sentence", "希望副镇长赵丽同志每周报告一次。", {"赵丽": ("副镇长",)}),
    ("clause-verb-affirm", "书记王强肯定副县长孙伟的做法。", {"王强": ("书记",), "孙伟": ("副县长",)}),
    # a verb of one character before a qualifier that opens a title (时任, 原, 现任 …) is the
    # clause's verb (获时任县长, 受时任副市长 were read as titles)
    ("verb-char-before-qualifier-huo", "该项目获时任县长王强批示。", {"王强": ("时任县长",)}),
    ("verb-char-before-qualifier-shou", "他受时任副市长孙伟委托出席。", {"孙伟": ("时任副市长",)}),
    # an auxiliary of two characters between a name and its appointment verb ends the name (no
    # follow word did: the name was lost)
    ("aux-jixu-before-appointment", "孙立强继续出任财政局局长。", {"孙立强": ("财政局局长",)}),
    ("aux-zaidu-before-appointment", "会议决定孙立强再度担任财政局局长。", {"孙立强": ("财政局局长",)}),
    # a name may start right after a closing quotation mark (a nickname in quotes before it)
    ("quoted-nickname-before-name", "前“铁娘子”王芳继续担任市长。", {"王芳": ("市长",)}),
    # an adverb between the post handed over (一职 / 职务) and 由 (将由, 暂由: jieba keeps 暂由 one
    # word, which the title ran over: 职务暂由副县长)
    ("by-adverb-jiang", "县长一职，将由副县长孙建国接任。", {"孙建国": ("县长", "副县长")}),
    ("by-adverb-zan-fused", "县长职务暂由副县长孙建国兼任。", {"孙建国": ("县长", "副县长")}),
    # the post handed over by 由 drops the qualifier of its former holder (原, 前 …); the new
    # holder's own qualifier stays
    ("by-former-holder-qualifier", "原县长一职，由副县长孙建国接任。", {"孙建国": ("县长", "副县长")}),
    ("by-own-qualifier-kept", "县长一职，由原副县长孙建国接任。", {"孙建国": ("县长", "原副县长")}),
    # a name followed by its own surname as an address (孙女士, 王总, 王局长) ends before it (the
    # name swallowed the surname: 孙丽孙, or none was found before 王总)
    ("own-surname-honorific", "留学中心主任孙丽孙女士介绍情况。", {"孙丽": ("留学中心主任",)}),
    ("own-surname-short-address", "集团董事长王诚王总讲话。", {"王诚": ("集团董事长",)}),
    ("own-surname-post", "局长赵明赵局长讲话。", {"赵明": ("局长",)}),
]

NO_MATCH = [
    ("list-common-words", "副县长、全体干部、其他人员参加会议。"),
    ("list-after-no-title", "王某、李某参加了活动。"),
    ("time-word-alone", "县长今天出席会议。"),
    # the mark-closed frame after a title still needs a name: no conjunction, no verb, no pronoun
    ("conj-after-title", "会见了克林顿总统和夫人，双方交谈。"),
    ("verb-after-title", "我同村委会主任商量过，决定承包。"),
    ("pronoun-after-title", "主任向大家，说明情况。"),
    # a removal needs its 职务; a passive without one is no appointment
    # words taken for names: a weak surname before a frequent function word, verb or abbreviation
    ("word-nengbuneng", "局长，能不能说说？"),
    ("word-dang-juedui", "市长说，党绝对领导一切。"),
    ("word-bie-zhengxie", "区长说，别政协的事。"),
    ("word-neng-xiezhu", "副县长说，能协助的都协助。"),
    ("verb-surname-before-verb", "当地银监分局领导曾表示，该行开业后将支持小企业。"),
    ("by-without-verb", "律政司司长由于工作繁忙未出席。"),
    # settled case: only people named with a post are officials (a national leader aside)
    ("comrade-without-post", "会上，张勤立同志汇报了工作情况，师新宁同志宣读了方案。"),
    # the foreign frame needs a foreign title, a closed run and no common word or people
    ("foreign-common-word", "美国总统克服困难访问。"),
    ("foreign-people", "法国抵抗组织成员爱尔兰人出席。"),
    ("not-foreign-title", "县长斯拉夫出席。"),
    ("foreign-run-opens-body", "菲律宾总统廉政委员会会议召开。"),
    ("foreign-dash-name", "美国参议员约翰—格伦签名。"),
    ("surname-then-qualifier", "美国有前国务卿出席。"),
    ("place-before-qualified-post", "单县历任县长都重视水利。"),
    ("removal-without-duties", "决定免去卢炳春泉州市的考核。"),
    ("passive-not-removal", "李明被评为市长信得过的先进个人。"),
    # a list of bodies: a whole head (法庭) or a head of one character (局) ends no name
    ("list-of-courts", "由城关法庭、简阳法庭等两个法庭的庭长参加。"),
    ("list-of-bureaus", "由司法局、孙家局等两位局长负责。"),
    ("post-yizhi-by-reason", "局长一职，由于工作繁忙暂缺。"),
    ("leaves-no-post", "张立华卸任后，回到学校任教。"),
    ("qualifier-appointment-no-name", "担任本届政协委员的各位副主席出席。"),
    # a date before an appointment verb still needs a name before it
    ("date-before-verb-no-name", "2023年3月任县长。"),
    # the country carries over a list of officials only (a delegation is no official)
    ("foreign-list-after-body", "日本代表团、县长斯拉夫出席。"),
    # an acting word needs a name before it and a post after it
    ("acting-pronoun", "他代理县长期间，工作积极。"),
    ("acting-no-post", "李华代理记账，王明代理销售。"),
    # after a closing quotation mark a word, not a name (改 is a surname)
    ("quoted-slogan-before-word", "推进“放管服”改革工作，局长出席。"),
    # an adverb before 由 that names no one after it
    ("by-adverb-no-name", "县长一职将由上级另行决定。"),
]

# a verb of one character before a place stays in the title (驻: a post abroad)
REAL += [
    ("verb-char-before-place-kept", "中国驻法国大使孙海出席。", {"孙海": ("中国驻法国大使",)}),
]

XFAIL = [
    ("wei-without-appointment", "李明被评为先进个人，王强为市长。", {"王强": ("市长",)},
     "name + post reads 王强为 as a name where no appointment verb stands before it"),

]
