# 主管机构以外的接收方及其数据共享协议：公开列表（/recipients）、管理员的登记册，
# 以及“我的数据”中显示的接收方名称。
nav-recipients = 接收方
footer-recipients = 谁会收到我们提供的数据
my-data-recipients = 接收方
recipients-title = 谁会收到我们提供的数据
recipients-intro = 以下组织会从我们这里收到部分个人数据，每个组织都签有书面协议。下面是每份协议允许的内容。
recipients-none = 目前，主管机构以外没有任何组织从我们这里接收个人数据。
recipients-kind = 组织类型
recipients-country = 国家
recipients-purpose = 用途
recipients-legal-basis = 法律依据
recipients-categories = 接收的数据类别
recipients-retention = 可以保存数据多久
recipients-days =
    { $days ->
       *[other] { $days } 天
    }
recipients-breach-notice = 发生数据泄露时，必须在多长时间内通知我们
recipients-hours =
    { $hours ->
       *[other] { $hours } 小时
    }
recipients-terms = 任何情况下
recipients-terms-fixed = 对方不得把数据转交给任何其他人，我们也可以检查对方如何处理这些数据。
recipients-ends-on = 协议结束日期
recipients-register-title = 接收方和协议
recipients-register-intro = 请登记每一个接收个人数据的组织，以及它的数据共享协议。有人被迫逃离的国家的政府机构，绝不能收到任何能显示某人曾寻求保护、住在哪里或和谁住在一起的数据。
recipients-origin-authority = 原籍国政府机构
recipients-origin-authority-choice = 这是一个有人被迫逃离的国家的政府机构
recipients-add-heading = 添加接收方
recipients-name = 组织名称
recipients-country-hint = 两个字母，例如 DE 或 KE。
recipients-retention-days = 可以保存数据的天数（1 到 1095）
recipients-breach-notice-hours = 发生数据泄露时必须通知我们的时限，按小时计（最多 24）
recipients-ends-on-hint = 协议的最后一天，例如 2027-12-31。
recipients-add = 添加该接收方
recipients-added = 该接收方及其协议已登记。
RC-001 = 有人被迫逃离的国家的政府机构，绝不能接收这类数据。
RC-002 = 请用两个字母填写国家，例如 DE 或 KE。
RC-003 = 请填写协议的最后一天，必须晚于今天，例如 2027-12-31。
RC-004 = 接收方必须在 24 小时内把数据泄露通知我们：请填写 1 到 24 之间的数字。
RC-005 = 已经有同名的接收方。
