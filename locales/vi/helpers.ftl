## Người hỗ trợ của các tổ chức xã hội dân sự
helper-sign-in-title = Đăng nhập cho người hỗ trợ
helper-sign-in-intro = Dành cho người hỗ trợ của các tổ chức đã đăng ký với cơ quan. Đăng nhập bằng địa chỉ email và mật khẩu, rồi nhập mã từ ứng dụng xác thực của bạn.
helper-home-title = Những người bạn hỗ trợ
helper-people = Những người đã cho phép bạn
helper-people-none = Chưa có ai cho phép bạn, hoặc mọi sự cho phép đã hết. Một người cho phép bạn từ tài khoản của chính họ, bằng một mã ngắn.
helper-scope = Bạn được
helper-until = Đến
nav-helper-people = Những người bạn hỗ trợ
mandate-scope-view = xem dữ liệu của họ
mandate-scope-request = gửi yêu cầu thay họ
mandate-scope-consent = quản lý sự đồng ý của họ
mandate-scope-complain = khiếu nại thay họ

## Quản trị: các tổ chức và người hỗ trợ của họ
admin-organisations = Tổ chức hỗ trợ
admin-organisations-intro = Các tổ chức xã hội dân sự có người hỗ trợ được làm thay cho những người đã cho phép họ. Tạm ngưng một tổ chức sẽ chấm dứt ngay quyền truy cập của người hỗ trợ thuộc tổ chức đó.
admin-new-organisation = Đăng ký một tổ chức
admin-organisation-kind = Loại
admin-organisation-contact = Liên lạc
organisation-kind-ngo = Tổ chức phi chính phủ
organisation-kind-legal-aid = Trợ giúp pháp lý
organisation-kind-community-group = Nhóm cộng đồng
admin-suspended = đang tạm ngưng
admin-suspend = Tạm ngưng
admin-reinstate = Cho hoạt động lại
admin-helpers = Người hỗ trợ
admin-new-helper = Thêm người hỗ trợ
admin-helper-organisation = Tổ chức

## Sự cho phép: người dùng cho phép một người hỗ trợ làm thay mình
nav-mandates = Người hỗ trợ
mandates-title = Những người có thể giúp bạn
mandates-intro = Bạn có thể cho phép một người hỗ trợ thuộc tổ chức bạn tin tưởng làm thay bạn: xem dữ liệu, gửi yêu cầu, quản lý sự đồng ý hoặc khiếu nại. Bạn chọn họ được làm gì và trong bao lâu, và bạn có thể dừng bất cứ lúc nào.
mandates-none = Bạn chưa cho phép ai.
mandates-back = Quay lại danh sách những người có thể giúp bạn
mandate-no-helper-yet = Đang chờ người hỗ trợ nhập mã
mandate-state-waiting = đang chờ mã
mandate-state-active = đang có hiệu lực
mandate-state-revoked = bạn đã dừng
mandate-state-ended = đã hết
mandate-revoke = Dừng sự cho phép này ngay
mandate-grant-title = Cho phép một người hỗ trợ
mandate-grant-intro = Bạn sẽ nhận một mã ngắn. Hãy tự đưa mã cho người hỗ trợ của bạn, gặp trực tiếp hoặc qua điện thoại. Mã chỉ dùng được một lần, trong 30 phút.
mandate-grant-scope = Người hỗ trợ được làm gì?
mandate-grant-days = Trong bao lâu?
mandate-days-1 = Một ngày
mandate-days-7 = Một tuần
mandate-days-30 = Một tháng
mandate-days-90 = Ba tháng
mandate-days-182 = Sáu tháng
mandate-grant = Lấy mã
mandate-code-title = Mã cho người hỗ trợ của bạn
mandate-code-intro = Hãy đưa mã này cho người hỗ trợ của bạn. Mã chỉ dùng được một lần, trong vòng 30 phút.
mandate-code-warning = Chỉ đưa mã cho người bạn muốn nhờ giúp. Không ai ở cơ quan sẽ hỏi bạn mã này.
mandate-code-shown = Mã đã được hiện một lần. Nếu bạn chưa đưa mã cho người hỗ trợ, hãy dừng sự cho phép đó và tạo một sự cho phép mới.
notice-mandate-revoked = Sự cho phép đã được dừng. Người hỗ trợ không thể làm thay bạn nữa.
MD-001 = Hãy chọn ít nhất một việc người hỗ trợ được làm.
MD-002 = Hãy chọn thời gian bao lâu.
MD-003 = Mã này không dùng được. Có thể mã bị gõ sai, đã được dùng rồi hoặc đã quá hạn.
MD-004 = Sự cho phép của người này không bao gồm việc này, hoặc đã hết.
MD-005 = Hãy nhập mã hồ sơ của người đó.
MD-006 = Mã hồ sơ chỉ gồm chữ cái, chữ số và dấu gạch ngang, giống như in trên giấy tờ của người đó.
MD-007 = Hãy nhập ngày sinh của người đó.
MD-008 = Hãy nhập ngày sinh như trên giấy tờ của người đó, ví dụ 1990-01-31 hoặc 31/01/1990. Nếu giấy tờ chỉ ghi năm, hoặc năm và tháng, thì chỉ nhập phần đó: 1978 hoặc 1978-11.
access-mandate-activated = Bắt đầu giúp bạn, với sự cho phép của bạn

## Người hỗ trợ nhập mã
helper-redeem-title = Nhập mã do một người đưa
helper-redeem-intro = Người đó đưa cho bạn một mã từ tài khoản của chính họ. Hãy gõ mã vào đây để bắt đầu giúp họ.
helper-redeem-code = Mã
helper-redeem = Bắt đầu giúp
helper-mandate-taken-up = Bây giờ bạn có thể giúp người này, trong phạm vi họ đã cho phép.

## Người hỗ trợ làm thay một người
helper-act-for = Làm thay người này
helper-acting-label = Đang làm thay một người
helper-acting-for = Bạn đang làm thay { $name }
helper-nav-data = Dữ liệu của họ
helper-nav-requests = Yêu cầu của họ
helper-nav-consent = Sự đồng ý của họ
helper-nav-complain = Khiếu nại thay họ
helper-stop-acting = Dừng làm thay người này
helper-mandate-ended = Sự cho phép làm thay người đó đã hết: đã quá hạn, người đó đã dừng, hoặc tổ chức của bạn đã bị tạm ngưng.
actor-helper = { $helper } của { $organisation } (người hỗ trợ)
actor-helper-for = { $helper } của { $organisation } thay mặt { $person }
actor-helper-for-you = { $helper } của { $organisation } thay mặt bạn
message-to-helper = gửi người hỗ trợ
access-requests-listed = Đã xem danh sách yêu cầu của bạn
access-consent-viewed = Đã xem sự đồng ý của bạn
access-request-filed = Đã gửi một yêu cầu thay bạn
access-request-withdrawn = Đã rút một yêu cầu của bạn
access-request-information-added = Đã thêm thông tin vào một yêu cầu của bạn
access-consent-given = Đã đồng ý thay bạn
access-consent-withdrawn = Đã rút lại sự đồng ý thay bạn
access-complaint-filed = Đã gửi khiếu nại thay bạn
case-submitted-by = Người gửi
case-submitted-by-helper = { $helper } của { $organisation } thay mặt { $person }
case-message-to = Gửi đến
case-message-to-person = Người dùng
ST-028 = Không có người hỗ trợ để viết cho: yêu cầu này không đến qua người hỗ trợ, hoặc sự cho phép của người hỗ trợ đã hết.
mail-helper-news-subject = Có tin nhắn về một yêu cầu bạn đã gửi thay một người
mail-helper-news-body =
    Có một tin nhắn cho bạn về một yêu cầu bạn đã gửi thay một người. Hãy đăng nhập để đọc: { $url }

## Bắt đầu có hỗ trợ: người hỗ trợ hỏi, người dùng xác nhận bằng mã
helper-assisted-title = Bắt đầu với người đang ở cùng bạn
helper-assisted-intro = Nếu người đó đang ở cùng bạn, hãy gõ mã hồ sơ và ngày sinh của họ, rồi chọn việc họ muốn bạn làm. Họ sẽ nhận một mã ở địa chỉ liên lạc của chính họ; nếu họ không có, văn phòng cơ quan sẽ in mã cho họ. Sự cho phép chỉ bắt đầu khi bạn gõ mã đó vào "Nhập mã do một người đưa".
helper-assisted-send = Xin mã cho người đó
helper-assisted-sent = Nếu thông tin này khớp với một hồ sơ, người đó đã nhận được mã ở địa chỉ liên lạc của họ. Nếu họ không có địa chỉ liên lạc, họ có thể xin văn phòng cơ quan một mã in trên giấy.
mail-mandate-request-subject = Một người hỗ trợ xin được làm thay bạn
mail-mandate-request-body =
    { $organisation } xin được giúp bạn về dữ liệu của bạn tại cơ quan. Họ sẽ được phép: { $scope }.

    Nếu bạn đang ở cùng họ và bạn đồng ý, hãy đưa cho họ mã này: { $code }

    Mã chỉ dùng được một lần, trong 30 phút. Nếu bạn không nhờ giúp, hãy bỏ qua tin nhắn này: không có gì xảy ra nếu không có mã.
access-mandate-requested = Đã xin được làm thay bạn (không có gì xảy ra cho đến khi bạn đưa mã)
access-mandate-code-printed = Đã in một mã để bạn xác nhận người hỗ trợ
nav-staff-mandates = Yêu cầu của người hỗ trợ
staff-mandates-title = Yêu cầu của người hỗ trợ đang chờ mã
staff-mandates-intro = Người hỗ trợ đã bắt đầu các yêu cầu này cho người có thể không có địa chỉ liên lạc. Trước tiên hãy kiểm tra danh tính của người đó trực tiếp. Sau đó in mã và đưa cho người đó, không đưa cho người hỗ trợ: mã chỉ dùng được một lần, trong ba ngày, và chỉ cho người hỗ trợ đó.
staff-mandates-none = Không có yêu cầu nào của người hỗ trợ đang chờ.
staff-mandates-requested = Ngày yêu cầu
staff-mandates-print = In mã cho người đó
staff-mandate-code-title = Mã cho người đó
staff-mandate-code-intro = Hãy đưa tờ giấy này cho người đó. Nếu họ đồng ý, họ đưa mã cho người hỗ trợ của họ để người hỗ trợ gõ vào. Chỉ người hỗ trợ này dùng được mã, một lần, đến { $until }.
staff-mandate-code-shown = Mã đã được hiện một lần. Nếu tờ giấy bị mất, hãy in mã mới: mã cũ sẽ không dùng được nữa.
access-mandate-request-viewed = Đã xem yêu cầu của một người hỗ trợ xin làm thay bạn
notice-mandate-code-printed = Nhân viên đã in một mã trên giấy để một người hỗ trợ có thể làm thay bạn. Nếu bạn không yêu cầu việc này, hãy dừng nó trong mục Người hỗ trợ.
