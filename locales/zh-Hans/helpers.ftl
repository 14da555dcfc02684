## 民间社会组织的协助人员
helper-sign-in-title = 协助人员登录
helper-sign-in-intro = 供在主管机构登记的组织的协助人员使用。请用您的电子邮箱地址和密码登录，然后输入身份验证器应用中的验证码。
helper-home-title = 您帮助的人
helper-people = 授权给您的人
helper-people-none = 还没有人授权给您，或者所有授权都已结束。当事人会在自己的账户中用一个短码给您授权。
helper-scope = 您可以
helper-until = 截止到
nav-helper-people = 您帮助的人
mandate-scope-view = 查看其数据
mandate-scope-request = 代其提出申请
mandate-scope-consent = 管理其同意
mandate-scope-complain = 代其投诉

## 管理：组织及其协助人员
admin-organisations = 协助组织
admin-organisations-intro = 民间社会组织，其协助人员可以代表授权给他们的人行事。暂停某个组织会立即终止其协助人员的访问权限。
admin-new-organisation = 登记组织
admin-organisation-kind = 类型
admin-organisation-contact = 联系方式
organisation-kind-ngo = 非政府组织
organisation-kind-legal-aid = 法律援助
organisation-kind-community-group = 社区团体
admin-suspended = 已暂停
admin-suspend = 暂停
admin-reinstate = 恢复
admin-helpers = 协助人员
admin-new-helper = 添加协助人员
admin-helper-organisation = 组织

## 授权：当事人允许协助人员代表自己
nav-mandates = 协助人员
mandates-title = 可以帮助您的人
mandates-intro = 您可以让您信任的组织的协助人员代表您：查看您的数据、提出申请、管理同意或投诉。由您决定允许做什么、允许多久，您也可以随时停止。
mandates-none = 您还没有给任何人授权。
mandates-back = 返回可以帮助您的人
mandate-no-helper-yet = 等待协助人员输入代码
mandate-state-waiting = 等待代码
mandate-state-active = 生效中
mandate-state-revoked = 已被您停止
mandate-state-ended = 已结束
mandate-revoke = 立即停止这项授权
mandate-grant-title = 给协助人员授权
mandate-grant-intro = 您会得到一个短码。请您亲自当面或通过电话把它告诉协助人员。它只能用一次，30 分钟内有效。
mandate-grant-scope = 协助人员可以做什么？
mandate-grant-days = 多长时间？
mandate-days-1 = 一天
mandate-days-7 = 一周
mandate-days-30 = 一个月
mandate-days-90 = 三个月
mandate-days-182 = 六个月
mandate-grant = 获取代码
mandate-code-title = 给协助人员的代码
mandate-code-intro = 请把这个代码交给您的协助人员。它只能用一次，必须在 30 分钟内使用。
mandate-code-warning = 只把它交给您希望帮助您的人。主管机构的人员绝不会向您索要这个代码。
mandate-code-shown = 这个代码只显示一次。如果您没有把它交给协助人员，请停止这项授权，再重新创建一个。
notice-mandate-revoked = 授权已停止。协助人员不能再代表您。
MD-001 = 请至少选择一项协助人员可以做的事。
MD-002 = 请选择授权多长时间。
MD-003 = 这个代码无效。可能输错了、已经用过或已过期。
MD-004 = 此人给您的授权不包括这项操作，或者授权已结束。
MD-005 = 请输入此人的案件编号。
MD-006 = 案件编号只能包含字母、数字和短横线（-），请照此人文件上印的输入。
MD-007 = 请输入此人的出生日期。
MD-008 = 请按此人文件上写的输入出生日期，例如 1990-01-31 或 31/01/1990。如果文件上只有年份，或只有年份和月份，就只输入这些：1978 或 1978-11。
access-mandate-activated = 经您授权，开始帮助您

## 协助人员输入代码
helper-redeem-title = 输入当事人给的代码
helper-redeem-intro = 当事人会从自己的账户中给您一个代码。在这里输入，就可以开始帮助他们。
helper-redeem-code = 代码
helper-redeem = 开始帮助
helper-mandate-taken-up = 现在您可以在此人允许的范围内帮助他们。

## 协助人员代表当事人操作
helper-act-for = 代表此人操作
helper-acting-label = 正在代表他人操作
helper-acting-for = 您正在代表 { $name } 操作
helper-nav-data = 其数据
helper-nav-requests = 其申请
helper-nav-consent = 其同意
helper-nav-complain = 代其投诉
helper-stop-acting = 停止代表此人操作
helper-mandate-ended = 您代表此人的授权已结束：授权已过期、此人停止了授权，或者您的组织被暂停。
actor-helper = { $organisation } 的 { $helper }（协助人员）
actor-helper-for = { $organisation } 的 { $helper }，代表 { $person }
actor-helper-for-you = { $organisation } 的 { $helper }，代表您
message-to-helper = 发给协助人员
access-requests-listed = 查看了您的申请列表
access-consent-viewed = 查看了您的同意情况
access-request-filed = 代您提出了申请
access-request-withdrawn = 撤回了您的一个申请
access-request-information-added = 在您的一个申请中补充了信息
access-consent-given = 代您给予了同意
access-consent-withdrawn = 代您撤回了同意
access-complaint-filed = 代您提出了投诉
case-submitted-by = 提交人
case-submitted-by-helper = { $organisation } 的 { $helper }，代表 { $person }
case-message-to = 发送给
case-message-to-person = 当事人
ST-028 = 没有可以联系的协助人员：这个申请不是通过协助人员提交的，或者协助人员的授权已结束。
mail-helper-news-subject = 关于您代他人提出的申请，有一条消息
mail-helper-news-body =
    关于您代他人提出的申请，有一条给您的消息。请登录查看：{ $url }

## 协助开始：协助人员提出请求，当事人用代码确认
helper-assisted-title = 与在您身边的人一起开始
helper-assisted-intro = 如果当事人和您在一起，请输入其案件编号和出生日期，并选择他们希望您做什么。他们会在自己的联系地址收到一个代码；如果他们没有联系地址，主管机构的办公室会为他们打印一个代码。只有当您在“输入当事人给的代码”中输入这个代码后，您的授权才会开始。
helper-assisted-send = 请求给当事人发送代码
helper-assisted-sent = 如果这些信息与某条记录相符，当事人已在其联系地址收到代码。如果他们没有联系地址，可以请主管机构的办公室打印一个代码。
mail-mandate-request-subject = 有协助人员请求代表您
mail-mandate-request-body =
    { $organisation } 请求帮助您处理您在主管机构的数据。他们将被允许：{ $scope }。

    如果您和他们在一起，并且您同意，请把这个代码给他们：{ $code }

    代码只能使用一次，30 分钟内有效。如果您没有请求帮助，请忽略这条消息：没有这个代码，什么都不会发生。
access-mandate-requested = 请求代表您（在您给出代码之前，什么都不会发生）
access-mandate-code-printed = 为您打印了一个代码，用于确认协助人员
nav-staff-mandates = 协助人员请求
staff-mandates-title = 等待代码的协助人员请求
staff-mandates-intro = 这些请求是协助人员为可能没有联系地址的人发起的。请先当面核实此人的身份。然后打印代码，交给当事人本人，不要交给协助人员：代码只能用一次，三天内有效，并且只有这位协助人员可以使用。
staff-mandates-none = 没有等待处理的协助人员请求。
staff-mandates-requested = 请求日期
staff-mandates-print = 为当事人打印代码
staff-mandate-code-title = 给当事人的代码
staff-mandate-code-intro = 请把这张纸交给当事人。如果他们同意，就把代码交给他们的协助人员，由协助人员输入。只有这位协助人员可以使用，只能用一次，有效期到 { $until }。
staff-mandate-code-shown = 这个代码只显示一次。如果纸丢了，请打印新的代码：旧代码会失效。
access-mandate-request-viewed = 查看了协助人员请求代表您的申请
notice-mandate-code-printed = 工作人员在纸上打印了一个代码，让协助人员可以代表您。如果您没有要求这样做，请在“协助人员”页面停止它。
