# Amana — 简体中文。用户看到的每一段文字都来自这里；其他语言必须定义每一个键。

## 整个网站
app-name = Amana
nav-skip = 跳到主要内容
nav-label = 主菜单
nav-language = 语言
nav-my-data = 我的数据
nav-sign-out = 退出登录
nav-quick-exit = 快速离开
footer-fictional = Amana 是一个演示网站。其中所有的人和记录都是虚构的。
form-error-summary = 出现了问题

## 首页
home-title = 您的数据，您的权利
home-choose-language = 选择您的语言
home-about-heading = 这是什么？
home-about = 在这里，您可以查看主管机构保存了您的哪些个人数据、为什么保存，以及会提供给谁。您可以要求更正或删除这些数据，也可以查看谁看过它们。
home-rights-heading = 您的权利
right-access = 查看保存的关于您的所有数据，并获取一份副本。
right-correct = 要求更正错误的数据。
right-erase = 要求删除数据。
right-restrict = 要求不再使用您的数据。
right-consent = 随时给予或撤回您的同意。
right-complain = 向独立的监督机构投诉。
right-who-looked = 查看谁看过您的数据，以及原因。
home-rights-free = 行使您的权利是免费的。您会在一个月内得到答复。如果您的申请比较复杂，期限可以再延长两个月，我们会告诉您原因。
home-sign-in = 登录
notice-signed-out = 您已退出登录。如果这是和别人共用的手机，请现在关闭浏览器。

## 找不到页面
not-found-title = 找不到页面
not-found-home = 返回首页

## 登录
sign-in-title = 登录
sign-in-intro = 请输入您文件上印的案件编号和您的出生日期。我们会把一次性验证码发送到我们记录的您的联系方式。
sign-in-case-reference = 案件编号
sign-in-case-reference-hint = 例如 DEMO-0001。它印在您的文件上。
sign-in-date-of-birth = 出生日期
sign-in-date-of-birth-hint = 请按您文件上写的填写：年-月-日（1990-01-31）或 日/月/年（31/01/1990）。如果文件上只有年份，或只有年份和月份，就只填这些（1978 或 1978-11）。
sign-in-send-code = 给我发送验证码
sign-in-privacy = 我们绝不会告诉任何人某个案件编号是否存在。

code-title = 输入验证码
code-intro = 如果您输入的信息与我们的记录相符，我们已经把一个 6 位数验证码发送到我们记录的您的联系方式。验证码 10 分钟内有效。
code-label = 6 位数验证码
code-hint = 输入时可以带空格。
code-submit = 登录
code-start-again = 没收到验证码？重新开始

## 我的数据
my-data-title = 我的数据
my-data-reference = 案件编号：
my-data-intro = 保存的关于您的全部数据，按类别列出。点类别名称，就能看到每一项从哪里来、为什么保存、保存到什么时候、提供给谁，以及您可以提出哪些要求。
my-data-sensitive = 敏感
my-data-sensitive-explained = 这是敏感数据。它受到额外保护，工作人员必须说明理由才能打开。
my-data-source = 来源
my-data-purpose = 保存原因
my-data-legal-basis = 允许保存的法律依据
my-data-kept-until = 保存到
my-data-shared-with = 提供给
# 一个类别中有多少项数据，显示在标题旁边（“身份 · 6 项”）。
my-data-field-count = { $count } 项
my-data-why = 保存原因，以及会提供给谁

category-identity = 身份
category-contact = 联系方式
category-family = 家庭
category-legal-status = 法律身份
category-health = 健康
category-biometrics = 生物识别信息
category-education = 教育
category-employment = 工作
category-case-history = 案件记录

field-given-name = 名字
field-family-name = 姓氏
field-date-of-birth = 出生日期
field-place-of-birth = 出生地
field-nationality = 国籍
field-sex = 性别
field-native-language = 第一语言
field-document-number = 证件号码
field-email = 电子邮箱地址
field-phone = 电话号码
field-address = 地址
field-municipality = 所在市镇
field-marital-status = 婚姻状况
field-spouse-name = 配偶姓名
field-children-count = 子女人数
field-dependants = 其他受抚养人
field-next-of-kin = 最近亲属
field-residence-status = 居留身份
field-permit-type = 许可类型
field-permit-expiry = 许可有效期至
field-asylum-claim-date = 申请庇护的日期
field-appeal-status = 上诉
field-screening-date = 健康检查日期
field-screening-result = 健康检查结果
field-vaccinations = 疫苗接种
field-disability-needs = 残障支持需求
field-medication-needs = 用药需求
field-fingerprint-record = 指纹记录
field-photo-record = 照片记录
field-enrolment-date = 生物识别信息采集日期
field-enrolment-office = 采集办事处
field-highest-education = 最高学历
field-languages-spoken = 会说的语言
field-school-enrolment = 入学情况
field-work-permit = 工作许可
field-occupation = 职业
field-employer = 雇主
field-case-opened = 立案日期
field-case-office = 负责案件的办事处
field-interview-date = 面谈日期
field-last-decision = 最新决定
field-decision-date = 最新决定的日期
field-resettlement-referral = 重新安置推荐
field-statistics-cohort = 统计分组

purpose-case-management = 处理您的案件
purpose-residence-permit = 决定您的居留许可
purpose-health-screening = 抵达时的健康检查
purpose-family-reunification = 让您的家人团聚
purpose-biometric-identity = 确认您的身份
purpose-integration-support = 在上学、语言和工作方面为您提供支持
purpose-resettlement-referral = 推荐您到另一个国家重新安置
purpose-statistics = 匿名统计
purpose-service-updates = 服务相关消息

legal-basis-public-task = 法律规定的公共利益任务
legal-basis-legal-obligation = 主管机构的法定义务
legal-basis-consent = 您的同意（您可以撤回）
legal-basis-vital-interests = 为了保护某人的生命
legal-basis-contract = 与您签订的合同
legal-basis-legitimate-interests = 正当利益（已与您的权利进行权衡）

recipient-none = 主管机构以外没有任何人
recipient-border-agency = 边境管理机构
recipient-municipality = 您所在的市镇
recipient-health-service = 公共卫生服务机构
recipient-unhcr = 联合国难民署（UNHCR）
recipient-education-provider = 学校或语言课程机构
recipient-resettlement-country = 接收您重新安置的国家
recipient-statistics-office = 统计局（不含您的姓名）

## 来自源系统、有翻译的值
value-single = 单身
value-married = 已婚
value-widowed = 丧偶
value-asylum-seeker = 寻求庇护者
value-refugee = 难民
value-subsidiary-protection = 辅助保护
value-temporary-protection = 临时保护
value-none = 无
value-pending = 待处理
value-closed = 已结束
value-no-follow-up = 无需后续跟进
value-follow-up-booked = 已预约复诊
value-complete = 已完成
value-partial = 部分完成
value-unknown = 不详
value-mobility-support = 行动支持
value-hearing-support = 听力支持
value-regular-prescription = 长期处方药
value-primary = 小学
value-secondary = 中学
value-vocational = 职业培训
value-university = 大学
value-not-applicable = 不适用
value-enrolled = 已入学
value-waiting-list = 在候补名单上
value-yes = 是
value-no = 否
value-applied = 已申请
value-nurse = 护士
value-electrician = 电工
value-teacher = 教师
value-cook = 厨师
value-driver = 司机
value-student = 学生
value-interview-scheduled = 已安排面谈
value-permit-granted = 已获得许可
value-under-review = 审查中
value-not-referred = 未推荐
value-referred = 已推荐
value-accepted = 已接受

## 错误（代码固定不变；文字说明该怎么做）
SI-001 = 请输入您的案件编号。
SI-002 = 案件编号只能包含字母、数字和短横线（-），请照您文件上印的输入。
SI-003 = 请输入您的出生日期。
SI-004 = 请按您文件上写的输入出生日期，例如 1990-01-31 或 31/01/1990。如果文件上只有年份，或只有年份和月份，就只输入这些：1978 或 1978-11。
SI-005 = 请输入我们发给您的消息中的验证码。
SI-006 = 验证码是 6 位数字。请检查消息后重试。
SI-010 = 验证码不正确，或已过期。请检查消息后重试。
SI-011 = 本次登录已过期，或尝试次数太多。请重新开始。
SI-012 = 尝试次数太多。请等几分钟后再试。
AU-001 = 您的登录已失效。请重新登录。
GEN-400 = 有些信息不正确。请检查表格后重试。
GEN-403 = 这个表格已过期。请返回，刷新页面后重试。
GEN-404 = 这个页面不存在，或者您无权查看。
GEN-409 = 有其他人在同一时间修改了这里，所以什么都没有保存。请刷新页面后重试。
GEN-500 = 我们这边出了问题。您发送的内容没有丢失。请过几分钟再试。

## 电子邮件（邮件中从不包含个人数据）
mail-sign-in-subject = 您的 Amana 登录验证码
mail-sign-in-body =
    您的登录验证码是：{ $code }

    验证码 { $minutes } 分钟内有效。请在您申请验证码的页面上输入。

    如果您没有申请验证码，可以忽略这条消息。没有验证码，任何人都无法登录。

## Translation status
footer-draft-translation = 本译文是初稿。如有不清楚的地方，请询问工作人员或协助人员。

# 搜索引擎在门户名称下面显示的内容（仅首页和登录页）。
meta-description = 查看移民主管机构保存了您的哪些数据，并用您自己的语言要求更正、删除或停止使用这些数据。
