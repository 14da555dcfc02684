## 工作人员：登录
nav-queue = 待办队列
nav-audit = 审计日志
nav-admin = 管理
staff-sign-in-title = 工作人员登录
staff-sign-in-intro = 供主管机构的工作人员使用。请用您的工作电子邮箱地址和密码登录，然后输入身份验证器应用中的验证码。
staff-email = 工作电子邮箱地址
staff-password = 密码
staff-continue = 继续
staff-enrol-title = 设置您的身份验证器
staff-enrol-intro = 工作人员账户受第二步验证保护。现在设置一次即可。
staff-enrol-step-app = 在您的工作手机上打开身份验证器应用。
staff-enrol-step-scan = 扫描这个二维码，或者在应用中输入下面的密钥。
staff-enrol-qr = 用于身份验证器应用的二维码
staff-enrol-secret = 密钥：
staff-enrol-step-code = 输入应用显示的 6 位数验证码。
staff-code = 验证码
staff-code-hint = 身份验证器应用中的 6 位数字。
staff-enrol-confirm = 确认并登录
staff-code-title = 第二步验证
staff-code-intro = 请输入身份验证器应用当前显示的验证码。
staff-code-recovery-hint = 应用中的 6 位数字。手机丢了？请改为输入您的一个恢复码。
staff-recovery-title = 您的恢复码
staff-recovery-intro = 请把这些恢复码保存在安全的地方，不要和手机放在一起。如果您丢失了身份验证器，每个恢复码可以使用一次。它们只在现在显示。
staff-recovery-shown = 您的恢复码已经显示过了。如果您没有保存，请让管理员重置您的第二步验证。
SA-001 = 电子邮箱地址、密码或验证码不正确。输错五次后，账户将被锁定 15 分钟。
SA-002 = 登录用时太长。请重新开始。
ST-001 = 您的角色无权执行此操作。

## 工作人员：队列
queue-title = 待处理的申请
queue-take-next = 领取下一个申请
queue-nothing-to-take = 您的队列中目前没有未被领取的申请。
queue-team = 团队
queue-any = 全部
queue-kind = 申请类型
queue-status = 状态
# A request's status as staff read it (the person reads status-<status>).
staff-status-submitted = 新申请
staff-status-in_review = 审核中
staff-status-awaiting_information = 等待当事人提供信息
staff-status-decided = 已决定
staff-status-completed = 已完成
staff-status-withdrawn = 已被当事人撤回
queue-language = 语言
queue-filter = 显示
queue-empty = 没有符合条件的未结申请。
queue-count = 未结申请：
queue-overdue = 已逾期
queue-due-soon = 3 天内到期
team-general = 一般申请
team-sensitive-data = 敏感数据
team-dpo = 数据保护官

## 工作人员：单个申请
case-title = 申请
case-back = 返回队列
case-person = 当事人
case-anonymous = 匿名投诉人
case-case-reference = 案件编号
case-extended-because = 延期原因
case-explanation = 当事人的说明
case-concerned = 申请涉及的内容
case-concerned-none = 整份记录，或敏感类别中的信息：请在下方说明理由后打开。
case-record = 记录中的其他信息
case-record-intro = 只有在处理此申请需要时才打开某个类别。您的理由会被记录，当事人可以看到。
case-upstream = 源系统
case-upstream-applied = 已于 { $date } 在 { $system } 中执行。
case-upstream-rejected = { $system } 于 { $date } 拒绝：{ $reason }
case-upstream-waiting = { $system } 尚未确认。
case-erased = （已删除）
case-proposed-value = 要求改为：
case-restricted = 已限制使用。
case-open-reason = 理由
case-choose = 请选择…
case-open = 打开
case-proposal = 拟议决定，等待另一人批准
case-awaiting-approval = 等待批准
case-assignee = 处理人
case-assignee-you = 您
case-unassigned = 暂无
case-template = 消息
case-actions = 您可以执行的操作
case-no-actions = 目前您不能对此申请执行任何操作。
case-claim = 领取此申请
case-approve-explained = 一位同事提出了这个决定。请核查：只有在提议人以外的另一人批准后，才会有任何改变。
case-approve = 批准决定
case-send-back = 退回重新审核
case-message = 给当事人发消息
case-note = 您自己的话（选填）
case-note-hint = 会附在消息下方。请用简单直白的语言书写；当事人可能会借助翻译工具阅读。
case-send = 发送
case-ask-information = 要求当事人提供信息
case-identity = 我们仍需核实当事人的身份（在对方答复之前，期限暂停计算）
case-resume = 不等信息，继续处理
case-extend = 延长期限
case-extend-explained = 只能延长一次，须在第一个月内，延长一个月或两个月。当事人会被告知原因。
case-extend-months = 月数
case-extend-reason = 理由
case-decide = 作出决定
case-outcome = 决定
case-reasons = 理由（至少一项）
case-decision-note = 给当事人的说明（选填）
case-second-person = 删除数据以及更正敏感数据，须经第二人批准后才会生效。
case-reassign = 转给其他人
case-reassign-to = 同事
staff-done-claim = 此申请现在由您处理。
staff-done-reassign = 此申请已转给您的同事。
staff-done-message = 您的消息已发送。当事人会收到一封电子邮件，告知有新消息。
staff-done-ask-information = 您的问题已发送。当事人会收到一封电子邮件，告知有新消息。
staff-done-resume = 此申请已继续处理。
staff-done-extend = 期限已延长，并已告知当事人原因。
staff-done-decide = 决定已记录。如果需要第二人批准，将等待其批准。
staff-done-approve = 决定已批准并执行。
staff-done-send-back = 拟议决定已退回重新审核。
ST-010 = 请选择您需要打开这项信息的理由。
ST-011 = 请选择延期的理由。
ST-012 = 请选择一个决定。
ST-013 = 请至少选择一项理由。
ST-014 = 内容太长了。请缩短到 2000 个字符以内。
ST-015 = 请从列表中选择一位同事。
ST-016 = 请从列表中选择一条消息。
ST-017 = 该操作不存在。
ST-020 = 申请处于当前状态时，无法执行此操作。
ST-021 = 期限已经延长过一次。
ST-022 = 期限只能在第一个月内延长。
ST-023 = 只能延期一个月或两个月。
ST-024 = 这个决定是您提出的，因此必须由其他人批准。
ST-025 = 只有此申请的处理人才能执行此操作。请先领取此申请。
ST-026 = 此决定需要先经第二人批准。
ST-027 = 其他人同时修改了此申请。请重新查看后再试。

## 决定（当事人看到的文字）
outcome-approved = 您的申请已获批准。
outcome-partly_approved = 您的申请已获部分批准。
outcome-refused = 您的申请被拒绝。
reason-request-granted = 我们已按您的要求处理。
reason-evidence-insufficient = 您提供的信息不能证明我们的记录有误。
reason-identity-not-verified = 我们无法确认您就是这些信息所涉及的本人。
reason-legal-claims = 我们需要这些信息，用于在法律程序中提出、行使或维护权利主张。
reason-manifestly-unfounded = 这个申请与之前一个已经答复过的申请重复。
extension-reason-complexity = 您的申请比较复杂，需要更多时间。
extension-reason-number-of-requests = 我们收到了很多申请，需要更多时间才能好好答复您的申请。
timeline-message = 我们给您发送了一条消息

## 消息模板（工作人员选择一个；当事人用自己的语言阅读）
template-information-needed-name = 我们需要更多信息
template-information-needed = 为了处理您的申请，我们需要您提供更多信息。请登录，并在这个申请下回答。
template-identity-documents-name = 请确认您的身份
template-identity-documents = 在继续处理之前，我们需要确认您就是这些信息所涉及的本人。请在这个申请中添加一张身份证件的照片。
template-progress-update-name = 我们正在处理您的申请
template-progress-update = 我们正在处理您的申请。您现在不需要做任何事。
template-decision-made-name = 已作出决定
template-decision-made = 您的申请已有决定。您可以在申请页面上查看决定及其理由。

## 谁看过我的数据：工作人员的操作
access-request-claimed = 开始处理您的申请
access-request-reassigned = 把您的申请转给了同事
access-request-messaged = 给您发送了消息
access-request-information-requested = 要求您提供信息
access-request-resumed = 继续处理您的申请
access-request-extended = 延长了答复期限
access-request-decision-proposed = 对您的申请提出了拟议决定
access-request-decision-approved = 批准了对您申请的决定
access-request-decision-sent-back = 把拟议决定退回重新审核
access-request-decided = 对您的申请作出了决定
access-field-restricted = 限制了对您数据的使用

## 发给工作人员的期限提醒邮件（不含个人数据：只有申请的链接）
staff-mail-due-soon-subject = 您处理的一个申请将在一周内到期
staff-mail-due-soon-body =
    分配给您的一个申请必须在七天内答复。

    打开申请：{ $url }
staff-mail-overdue-subject = 您团队的一个申请已逾期
staff-mail-overdue-body =
    您团队的一个申请已超过法定期限，仍未答复。请确保今天处理。

    打开申请：{ $url }

## 审计员页面
audit-title = 审计日志
audit-verify = 校验整个日志的哈希链
audit-verify-ok = 审计日志完整：全部 { $events } 个事件的链接都正确。
audit-verify-broken = 审计日志已被篡改。已检查 { $events } 个事件；发现以下问题：
audit-break-altered = 事件 { $seq } 在写入后被修改或移动过。
audit-break-chain-broken = 事件 { $seq } 与前一个事件衔接不上。
audit-break-missing = 事件 { $seq } 之后缺少事件。
audit-break-truncated = 日志中的事件 { $seq } 已与签名检查点记录的不一致：最新的事件已被删除或改写。
audit-break-checkpoint-forged = 检查点文件的第 { $seq } 行已被修改。
audit-action = 操作
audit-actor-kind = 操作者类型
audit-actor-person = 当事人本人
audit-actor-staff = 工作人员
audit-actor-helper = 协助人员
audit-actor-anonymous = 匿名人员
audit-actor-system = Amana 系统本身
audit-actor-source-system = 主管机构的源系统
audit-actor-id = 操作者 ID
audit-from = 从
audit-to = 到
audit-download-csv = 将当前筛选结果下载为 CSV
audit-none = 没有符合条件的事件。
audit-when = 时间
audit-who = 操作者
audit-about = 涉及对象

## 管理
admin-title = 管理
admin-sections = 栏目
admin-staff = 工作人员账户
admin-teams = 团队
admin-routing = 新申请的分配规则
admin-templates = 消息模板
admin-default-team = 接收不符合任何规则的申请
admin-new-team = 添加团队
admin-team-key = 短标识
admin-key-hint = 小写字母、数字和短横线，例如 north-office。
admin-team-name = 名称
admin-add = 添加
admin-save = 保存
admin-delete = 删除
admin-saved = 已保存。
admin-role = 角色
admin-office = 办公室
admin-status = 状态
admin-active = 已启用
admin-inactive = 已停用
admin-enrolled = 已设置第二步验证
admin-not-enrolled = 尚未设置第二步验证
admin-locked = 因登录失败已锁定
admin-activate = 启用
admin-deactivate = 停用
admin-reset-second-factor = 重置第二步验证
admin-change-teams = 更改团队
admin-new-staff = 添加工作人员账户
admin-name = 全名
admin-enrolment-link-hint = 这里不设密码：Amana 会给此人发送一个链接，让其自己设置密码。该链接只能使用一次，72 小时内有效。
admin-send-enrolment-link = 发送新的账户设置链接
admin-routing-intro = 每个新申请都会分配给第一条匹配规则所指定的团队。投诉总是交给数据保护官。
admin-routing-default = 不符合任何规则的申请会分配给默认团队。
admin-category = 类别
admin-sensitive = 敏感
admin-yes = 是
admin-no = 否
admin-move-up = 上移
admin-move-down = 下移
admin-new-rule = 在末尾添加规则
admin-templates-intro = 工作人员给当事人写消息时从中选择一个模板，当事人会用自己的语言阅读。每个模板都需要有每种语言的文本。
admin-new-template = 添加模板
admin-template-key = 短标识
AD-001 = 请填写此项。
AD-002 = 内容太长了。
AD-003 = 请从列表中选择团队。
AD-004 = 请填写完整的电子邮箱地址，例如 name@example.org。
AD-005 = 请从列表中选择角色。
AD-006 = 密码至少需要 12 个字符。
AD-007 = 已经有账户使用这个电子邮箱地址。
AD-008 = 您不能停用自己的账户。
AD-009 = 请使用 2 到 40 个小写字母、数字和短横线。
AD-010 = 已经有团队使用这个短标识。
AD-011 = 请从列表中选择规则的条件。
AD-012 = 投诉总是交给数据保护官；任何规则都不能改变这一点。
AD-013 = 请也用这种语言填写文本。

## 管理：用途登记
admin-purposes = 用途登记
admin-purposes-intro = 数据为什么保存、依据什么法律、保存多久，以及提供给谁。当事人会在“我的数据”和同意页面上用自己的语言阅读这些内容。
admin-purpose-name = 名称
admin-purpose-explanation = 当事人在给予同意前阅读的说明
admin-purpose-version = 同意文本的版本：
admin-legal-basis = 法律依据
admin-retention-days = 保存期限（天）
admin-recipients = 接收方
AD-014 = 请填写 1 到 36500 之间的天数。
AD-015 = 请从列表中选择。
ST-018 = 关于单项信息的申请只能批准或拒绝，不能部分批准。
staff-new-password = 设置您自己的密码
SA-003 = 请选择一个与您的电子邮箱地址不同的密码。

# 新账户的设置链接
SA-004 = 此链接已过期或已被使用。请让管理员给您发送新的链接。
AD-016 = 此账户已经设置了第二步验证。如果此人需要重新开始，请先重置第二步验证。
welcome-title = 设置您的账户
welcome-intro = 请为您的账户设置密码：
welcome-password-hint = 至少 12 个字符。只有您知道这个密码：Amana 的任何人都绝不会向您索要。接下来，您将设置身份验证器应用。
mail-enrolment-subject = 设置您的 Amana 账户
mail-enrolment-body =
    已为此电子邮箱地址创建了一个 Amana 账户。请打开此链接，设置密码和第二步登录验证：

    { $url }

    该链接只能使用一次，{ $hours } 小时内有效。如果您没有预料到这封邮件，可以忽略它。

## 管理：源系统、API 密钥和 Webhook
admin-source-systems = 源系统
admin-source-systems-intro = 主管机构自己的系统，通过 API 将人员数据导入 Amana。每个系统只能写入此处勾选的用途和信息类别，并且只能使用它自己的密钥。
admin-new-source-system = 登记源系统
admin-source-system-contact = 运维负责方
admin-source-system-contact-hint = 调用失败时可以联系的团队或地址。
admin-source-system-purposes = 可写入的用途
admin-source-system-categories = 可写入的信息类别
admin-webhook = Webhook
admin-webhook-none = 无：该系统读取变更流。
admin-webhook-url = 当变更涉及此系统时 Amana 调用的地址
admin-webhook-hint = 保存后会生成新的签名密钥，只显示一次。旧密钥将失效。
admin-webhook-save = 保存 Webhook
admin-webhook-stop = 停用 Webhook
admin-api-keys = API 密钥
admin-new-key = 生成新密钥
admin-key-scopes = 密钥的权限范围
admin-key-days = 有效期（天）
admin-new-key-hint = 密钥只在生成后立即显示一次。一个系统可以同时拥有两个有效密钥，这样新密钥可以无缝替换旧密钥。
admin-key-live = 有效
admin-key-expired = 已过期
admin-key-revoked = 吊销于
admin-key-created = 生成于
admin-key-expires = 到期
admin-key-last-used = 上次使用
admin-key-never-used = 从未使用
admin-key-revoke = 吊销
admin-new-key-shown = 新 API 密钥，用于
admin-webhook-secret-shown = 新 Webhook 签名密钥，用于
admin-shown-once-hint = 请现在复制，并通过安全途径交给该系统的运维人员。Amana 不会保存它，也无法再次显示。
api-scope-people-write = 导入和删除人员
api-scope-changes-read = 读取已批准的变更
api-scope-changes-ack = 确认变更已完成
api-scope-access-events-write = 报告谁查看了数据
AD-017 = 已经有同名的源系统。
AD-018 = 请填写 1 到 1095 之间的天数。
AD-019 = 此系统已有两个有效密钥。请先吊销一个，再生成新的。
AD-020 = 请至少选择一项。
AD-021 = 请填写完整的网址，例如 https://cases.example.org/amana。

## Administration: languages
admin-locales = 语言
admin-locales-intro = 所有可供选择的语言，以及是否已有会说该语言的人审核过译文。
admin-locale-source = 源语言
admin-locale-draft = 初稿，尚未审核
admin-locale-reviewed = { $reviewer } 已于 { $date } 审核
