## Nhân viên: đăng nhập
nav-queue = Hàng chờ
nav-audit = Nhật ký kiểm tra
nav-admin = Quản trị
staff-sign-in-title = Đăng nhập cho nhân viên
staff-sign-in-intro = Dành cho nhân viên của cơ quan. Đăng nhập bằng email công việc và mật khẩu, rồi nhập mã từ ứng dụng xác thực của bạn.
staff-email = Địa chỉ email công việc
staff-password = Mật khẩu
staff-continue = Tiếp tục
staff-enrol-title = Cài đặt ứng dụng xác thực
staff-enrol-intro = Tài khoản nhân viên được bảo vệ bằng bước xác thực thứ hai. Hãy cài đặt một lần, ngay bây giờ.
staff-enrol-step-app = Mở một ứng dụng xác thực trên điện thoại công việc của bạn.
staff-enrol-step-scan = Quét mã này, hoặc gõ khóa bên dưới vào ứng dụng.
staff-enrol-qr = Mã QR cho ứng dụng xác thực của bạn
staff-enrol-secret = Khóa:
staff-enrol-step-code = Gõ mã sáu chữ số mà ứng dụng hiện ra.
staff-code = Mã
staff-code-hint = Sáu chữ số từ ứng dụng xác thực của bạn.
staff-enrol-confirm = Xác nhận và đăng nhập
staff-code-title = Bước thứ hai
staff-code-intro = Gõ mã mà ứng dụng xác thực đang hiện.
staff-code-recovery-hint = Sáu chữ số từ ứng dụng. Mất điện thoại? Hãy gõ một trong các mã khôi phục của bạn.
staff-recovery-title = Các mã khôi phục của bạn
staff-recovery-intro = Hãy cất các mã này ở nơi an toàn, không để cùng điện thoại. Mỗi mã dùng được một lần, nếu bạn mất ứng dụng xác thực. Các mã chỉ hiện lúc này.
staff-recovery-shown = Các mã khôi phục của bạn đã được hiện rồi. Nếu bạn chưa lưu lại, hãy nhờ quản trị viên đặt lại bước thứ hai của bạn.
SA-001 = Email, mật khẩu hoặc mã không đúng. Sau năm lần sai, tài khoản sẽ bị khóa 15 phút.
SA-002 = Bạn đăng nhập quá lâu. Vui lòng làm lại từ đầu.
ST-001 = Vai trò của bạn không được phép làm việc này.

## Nhân viên: hàng chờ
queue-title = Yêu cầu cần giải quyết
queue-take-next = Nhận yêu cầu tiếp theo
queue-nothing-to-take = Hiện không có yêu cầu nào chưa có người nhận trong các hàng chờ của bạn.
queue-team = Nhóm
queue-any = Tất cả
queue-kind = Yêu cầu
queue-status = Tình trạng
# Tình trạng yêu cầu theo cách nhân viên đọc (người dùng đọc status-<status>).
staff-status-submitted = Mới
staff-status-in_review = Đang xem xét
staff-status-awaiting_information = Đang chờ thông tin từ người dùng
staff-status-decided = Đã quyết định
staff-status-completed = Đã hoàn tất
staff-status-withdrawn = Người dùng đã rút
queue-language = Ngôn ngữ
queue-filter = Hiện
queue-empty = Không có yêu cầu đang mở nào phù hợp.
queue-count = Yêu cầu đang mở:
queue-overdue = Quá hạn
queue-due-soon = Đến hạn trong 3 ngày
team-general = Yêu cầu chung
team-sensitive-data = Dữ liệu nhạy cảm
team-dpo = Cán bộ bảo vệ dữ liệu

## Nhân viên: một yêu cầu
case-title = Yêu cầu
case-back = Quay lại hàng chờ
case-person = Người dùng
case-anonymous = Người khiếu nại ẩn danh
case-case-reference = Mã hồ sơ
case-extended-because = Kéo dài vì
case-explanation = Giải thích của người dùng
case-concerned = Yêu cầu này về việc gì
case-concerned-none = Toàn bộ hồ sơ, hoặc thông tin thuộc loại nhạy cảm: hãy mở bên dưới và nêu lý do.
case-record = Thông tin khác trong hồ sơ
case-record-intro = Chỉ mở một loại thông tin nếu bạn cần cho yêu cầu này. Lý do của bạn được ghi lại và người dùng có thể xem.
case-upstream = Hệ thống nguồn
case-upstream-applied = Đã áp dụng trong { $system } ngày { $date }.
case-upstream-rejected = { $system } đã từ chối ngày { $date }: { $reason }
case-upstream-waiting = { $system } chưa xác nhận.
case-erased = (đã xóa)
case-proposed-value = Yêu cầu đổi thành:
case-restricted = Việc sử dụng bị hạn chế.
case-open-reason = Lý do
case-choose = Chọn…
case-open = Mở
case-proposal = Quyết định đề xuất, đang chờ người thứ hai
case-awaiting-approval = đang chờ phê duyệt
case-assignee = Người phụ trách
case-assignee-you = Bạn
case-unassigned = Chưa có ai
case-template = Tin nhắn
case-actions = Việc bạn có thể làm
case-no-actions = Hiện bạn không thể làm gì với yêu cầu này.
case-claim = Nhận yêu cầu này
case-approve-explained = Một đồng nghiệp đã đề xuất quyết định này. Hãy kiểm tra: không có gì thay đổi cho đến khi một người khác, không phải người đề xuất, phê duyệt.
case-approve = Phê duyệt quyết định
case-send-back = Gửi lại để xem xét
case-message = Gửi tin nhắn cho người dùng
case-note = Lời của bạn (không bắt buộc)
case-note-hint = Được thêm vào dưới tin nhắn. Hãy viết đơn giản; người dùng có thể đọc bằng công cụ dịch.
case-send = Gửi
case-ask-information = Hỏi thêm thông tin từ người dùng
case-identity = Vẫn cần kiểm tra danh tính của người dùng (thời hạn tạm dừng cho đến khi họ trả lời)
case-resume = Tiếp tục mà không có thông tin
case-extend = Kéo dài thời hạn
case-extend-explained = Chỉ một lần, trong tháng đầu tiên, thêm một hoặc hai tháng. Người dùng sẽ được cho biết lý do.
case-extend-months = Số tháng
case-extend-reason = Lý do
case-decide = Quyết định
case-outcome = Quyết định
case-reasons = Lý do (ít nhất một)
case-decision-note = Ghi chú cho người dùng (không bắt buộc)
case-second-person = Xóa dữ liệu, và sửa dữ liệu nhạy cảm, cần người thứ hai phê duyệt trước khi có thay đổi.
case-reassign = Giao cho người khác
case-reassign-to = Đồng nghiệp
staff-done-claim = Yêu cầu này giờ do bạn phụ trách.
staff-done-reassign = Yêu cầu đã được giao cho đồng nghiệp của bạn.
staff-done-message = Tin nhắn của bạn đã được gửi. Người dùng sẽ nhận email báo có tin mới.
staff-done-ask-information = Câu hỏi của bạn đã được gửi. Người dùng sẽ nhận email báo có tin mới.
staff-done-resume = Việc giải quyết yêu cầu được tiếp tục.
staff-done-extend = Thời hạn đã được kéo dài và người dùng đã được cho biết lý do.
staff-done-decide = Quyết định đã được ghi lại. Nếu cần người thứ hai, quyết định sẽ chờ người đó phê duyệt.
staff-done-approve = Quyết định đã được phê duyệt và thực hiện.
staff-done-send-back = Đề xuất đã được gửi lại để xem xét.
ST-010 = Hãy chọn lý do bạn cần mở thông tin này.
ST-011 = Hãy chọn lý do kéo dài thời hạn.
ST-012 = Hãy chọn một quyết định.
ST-013 = Hãy chọn ít nhất một lý do.
ST-014 = Nội dung quá dài. Vui lòng rút ngắn còn 2000 ký tự.
ST-015 = Hãy chọn một đồng nghiệp trong danh sách.
ST-016 = Hãy chọn một tin nhắn trong danh sách.
ST-017 = Thao tác đó không tồn tại.
ST-020 = Không thể làm việc này khi yêu cầu đang ở tình trạng hiện tại.
ST-021 = Thời hạn đã được kéo dài một lần rồi.
ST-022 = Chỉ được kéo dài thời hạn trong tháng đầu tiên.
ST-023 = Chỉ được kéo dài một hoặc hai tháng.
ST-024 = Bạn đã đề xuất quyết định này, nên phải có người khác phê duyệt.
ST-025 = Chỉ người phụ trách yêu cầu này mới làm được việc này. Hãy nhận yêu cầu trước.
ST-026 = Quyết định này cần người thứ hai phê duyệt trước.
ST-027 = Có người khác đã thay đổi yêu cầu này cùng lúc. Hãy xem lại và thử lại.

## Quyết định, theo cách người dùng đọc
outcome-approved = Yêu cầu của bạn đã được chấp nhận.
outcome-partly_approved = Yêu cầu của bạn đã được chấp nhận một phần.
outcome-refused = Yêu cầu của bạn đã bị từ chối.
reason-request-granted = Chúng tôi đã làm điều bạn yêu cầu.
reason-evidence-insufficient = Thông tin bạn đưa ra không cho thấy hồ sơ của chúng tôi bị sai.
reason-identity-not-verified = Chúng tôi không thể xác nhận bạn đúng là người có thông tin này.
reason-legal-claims = Chúng tôi cần thông tin này để đưa ra, thực hiện hoặc bảo vệ một yêu cầu pháp lý (ví dụ trong một vụ kiện).
reason-manifestly-unfounded = Yêu cầu này lặp lại một yêu cầu trước đã được trả lời.
extension-reason-complexity = Yêu cầu của bạn phức tạp và cần thêm thời gian.
extension-reason-number-of-requests = Chúng tôi nhận được nhiều yêu cầu và cần thêm thời gian để trả lời yêu cầu của bạn cho đúng.
timeline-message = Đã gửi một tin nhắn cho bạn

## Mẫu tin nhắn (nhân viên chọn một; người dùng đọc bằng ngôn ngữ của họ)
template-information-needed-name = Chúng tôi cần thêm thông tin
template-information-needed = Để giải quyết yêu cầu của bạn, chúng tôi cần thêm thông tin từ bạn. Vui lòng đăng nhập và trả lời trong yêu cầu này.
template-identity-documents-name = Vui lòng xác nhận danh tính của bạn
template-identity-documents = Trước khi tiếp tục, chúng tôi cần xác nhận bạn đúng là người có thông tin này. Vui lòng thêm ảnh chụp một giấy tờ tùy thân vào yêu cầu này.
template-progress-update-name = Chúng tôi đang giải quyết yêu cầu của bạn
template-progress-update = Chúng tôi đang giải quyết yêu cầu của bạn. Bây giờ bạn không cần làm gì.
template-decision-made-name = Đã có quyết định
template-decision-made = Đã có quyết định về yêu cầu của bạn. Bạn có thể đọc quyết định và lý do trên trang của yêu cầu.

## Ai đã xem dữ liệu của tôi: việc nhân viên làm
access-request-claimed = Bắt đầu giải quyết yêu cầu của bạn
access-request-reassigned = Đã giao yêu cầu của bạn cho đồng nghiệp
access-request-messaged = Đã gửi tin nhắn cho bạn
access-request-information-requested = Đã hỏi bạn thêm thông tin
access-request-resumed = Đã tiếp tục giải quyết yêu cầu của bạn
access-request-extended = Đã kéo dài thời gian trả lời
access-request-decision-proposed = Đã đề xuất quyết định về yêu cầu của bạn
access-request-decision-approved = Đã phê duyệt quyết định về yêu cầu của bạn
access-request-decision-sent-back = Đã gửi lại một quyết định đề xuất để xem xét
access-request-decided = Đã quyết định về yêu cầu của bạn
access-field-restricted = Đã hạn chế việc dùng dữ liệu của bạn

## Email nhắc hạn cho nhân viên (không có dữ liệu cá nhân: chỉ có liên kết đến yêu cầu)
staff-mail-due-soon-subject = Một yêu cầu bạn phụ trách sẽ đến hạn trong một tuần
staff-mail-due-soon-body =
    Một yêu cầu được giao cho bạn phải được trả lời trong vòng bảy ngày.

    Mở yêu cầu: { $url }
staff-mail-overdue-subject = Một yêu cầu của nhóm bạn đã quá hạn
staff-mail-overdue-body =
    Một yêu cầu của nhóm bạn đã quá thời hạn theo luật và chưa được trả lời. Vui lòng bảo đảm yêu cầu được giải quyết trong hôm nay.

    Mở yêu cầu: { $url }

## Màn hình của người kiểm tra
audit-title = Nhật ký kiểm tra
audit-verify = Kiểm tra chuỗi của toàn bộ nhật ký
audit-verify-ok = Nhật ký kiểm tra còn nguyên vẹn: cả { $events } sự kiện đều nối chuỗi đúng.
audit-verify-broken = Nhật ký kiểm tra đã bị sửa trái phép. Đã kiểm tra { $events } sự kiện; phát hiện các vấn đề sau:
audit-break-altered = Sự kiện { $seq } đã bị thay đổi hoặc di chuyển sau khi được ghi.
audit-break-chain-broken = Sự kiện { $seq } không nối tiếp đúng từ sự kiện trước nó.
audit-break-missing = Thiếu sự kiện sau sự kiện { $seq }.
audit-break-truncated = Nhật ký không còn chứa sự kiện { $seq } như một điểm kiểm tra đã ký ghi lại: các sự kiện mới nhất đã bị xóa hoặc viết lại.
audit-break-checkpoint-forged = Dòng { $seq } của tệp điểm kiểm tra đã bị thay đổi.
audit-action = Thao tác
audit-actor-kind = Do ai làm
audit-actor-person = Người dùng, cho chính mình
audit-actor-staff = Nhân viên
audit-actor-helper = Người hỗ trợ
audit-actor-anonymous = Người ẩn danh
audit-actor-system = Chính Amana
audit-actor-source-system = Một hệ thống nguồn của cơ quan
audit-actor-id = Mã của người thực hiện
audit-from = Từ
audit-to = Đến
audit-download-csv = Tải phần đã chọn này về dạng CSV
audit-none = Không có sự kiện nào phù hợp.
audit-when = Khi nào
audit-who = Ai
audit-about = Về

## Quản trị
admin-title = Quản trị
admin-sections = Các mục
admin-staff = Tài khoản nhân viên
admin-teams = Nhóm
admin-routing = Phân chia yêu cầu mới
admin-templates = Mẫu tin nhắn
admin-default-team = nhận các yêu cầu không khớp quy tắc nào
admin-new-team = Thêm nhóm
admin-team-key = Khóa ngắn
admin-key-hint = Chữ thường, chữ số và dấu gạch ngang, ví dụ north-office.
admin-team-name = Tên
admin-add = Thêm
admin-save = Lưu
admin-delete = Xóa
admin-saved = Đã lưu.
admin-role = Vai trò
admin-office = Văn phòng
admin-status = Tình trạng
admin-active = đang hoạt động
admin-inactive = đã vô hiệu hóa
admin-enrolled = đã cài đặt bước thứ hai
admin-not-enrolled = chưa cài đặt bước thứ hai
admin-locked = bị khóa do đăng nhập sai nhiều lần
admin-activate = Kích hoạt
admin-deactivate = Vô hiệu hóa
admin-reset-second-factor = Đặt lại bước thứ hai
admin-change-teams = Đổi nhóm
admin-new-staff = Thêm tài khoản nhân viên
admin-name = Họ và tên
admin-enrolment-link-hint = Không đặt mật khẩu ở đây: Amana sẽ gửi email cho người đó một liên kết để họ tự chọn mật khẩu. Liên kết chỉ dùng được một lần, trong 72 giờ.
admin-send-enrolment-link = Gửi liên kết đăng ký mới
admin-routing-intro = Mỗi yêu cầu mới được chuyển đến nhóm của quy tắc đầu tiên khớp với nó. Khiếu nại luôn được chuyển đến cán bộ bảo vệ dữ liệu.
admin-routing-default = Yêu cầu không khớp quy tắc nào sẽ được chuyển đến nhóm mặc định.
admin-category = Loại
admin-sensitive = Nhạy cảm
admin-yes = Có
admin-no = Không
admin-move-up = Chuyển lên
admin-move-down = Chuyển xuống
admin-new-rule = Thêm quy tắc ở cuối
admin-templates-intro = Nhân viên chọn một mẫu này khi viết cho người dùng, và người dùng đọc bằng ngôn ngữ của họ. Mỗi mẫu cần có văn bản ở mọi ngôn ngữ.
admin-new-template = Thêm mẫu
admin-template-key = Khóa ngắn
AD-001 = Hãy điền mục này.
AD-002 = Nội dung quá dài.
AD-003 = Hãy chọn nhóm trong danh sách.
AD-004 = Hãy viết đầy đủ địa chỉ email, ví dụ name@example.org.
AD-005 = Hãy chọn một vai trò trong danh sách.
AD-006 = Mật khẩu phải có ít nhất 12 ký tự.
AD-007 = Đã có tài khoản với địa chỉ email này.
AD-008 = Bạn không thể vô hiệu hóa tài khoản của chính mình.
AD-009 = Dùng từ 2 đến 40 chữ thường, chữ số và dấu gạch ngang.
AD-010 = Đã có nhóm với khóa này.
AD-011 = Hãy chọn các điều kiện của quy tắc trong danh sách.
AD-012 = Khiếu nại luôn được chuyển đến cán bộ bảo vệ dữ liệu; không quy tắc nào có thể thay đổi điều đó.
AD-013 = Hãy viết văn bản bằng cả ngôn ngữ này.

## Quản trị: danh mục mục đích
admin-purposes = Danh mục mục đích
admin-purposes-intro = Vì sao giữ dữ liệu, dựa trên căn cứ pháp lý nào, giữ bao lâu và ai nhận được. Người dùng đọc nội dung này trong mục Dữ liệu của tôi và trên trang sự đồng ý, bằng ngôn ngữ của họ.
admin-purpose-name = Tên
admin-purpose-explanation = Giải thích người dùng đọc trước khi đồng ý
admin-purpose-version = Phiên bản văn bản đồng ý:
admin-legal-basis = Căn cứ pháp lý
admin-retention-days = Giữ trong (ngày)
admin-recipients = Bên nhận
AD-014 = Hãy viết số ngày từ 1 đến 36500.
AD-015 = Hãy chọn trong danh sách.
ST-018 = Yêu cầu về một mục thông tin chỉ có thể được chấp nhận hoặc từ chối, không thể chấp nhận một phần.
staff-new-password = Chọn mật khẩu của riêng bạn
SA-003 = Hãy chọn mật khẩu không phải là địa chỉ email của bạn.

# Liên kết đăng ký cho tài khoản mới
SA-004 = Liên kết này đã hết hạn hoặc đã được dùng. Hãy nhờ quản trị viên gửi cho bạn liên kết mới.
AD-016 = Tài khoản này đã cài đặt bước thứ hai rồi. Nếu người đó cần làm lại từ đầu, hãy đặt lại bước thứ hai trước.
welcome-title = Cài đặt tài khoản của bạn
welcome-intro = Chọn mật khẩu cho tài khoản của bạn:
welcome-password-hint = Ít nhất 12 ký tự. Chỉ bạn biết mật khẩu này: không ai ở Amana sẽ hỏi bạn mật khẩu. Tiếp theo bạn sẽ cài đặt ứng dụng xác thực.
mail-enrolment-subject = Cài đặt tài khoản Amana của bạn
mail-enrolment-body =
    Một tài khoản Amana đã được tạo cho địa chỉ này. Hãy mở liên kết này để chọn mật khẩu và cài đặt bước đăng nhập thứ hai:

    { $url }

    Liên kết chỉ dùng được một lần, trong { $hours } giờ. Nếu bạn không chờ email này, bạn có thể bỏ qua.

## Quản trị: hệ thống nguồn, khóa API và webhook
admin-source-systems = Hệ thống nguồn
admin-source-systems-intro = Các hệ thống riêng của cơ quan, đưa dữ liệu người dùng vào Amana qua API. Mỗi hệ thống chỉ được ghi các mục đích và loại thông tin được đánh dấu ở đây, và chỉ bằng khóa riêng của nó.
admin-new-source-system = Đăng ký hệ thống nguồn
admin-source-system-contact = Ai vận hành
admin-source-system-contact-hint = Một nhóm hoặc địa chỉ để liên lạc khi các lệnh gọi của hệ thống bị lỗi.
admin-source-system-purposes = Mục đích được phép ghi
admin-source-system-categories = Loại thông tin được phép ghi
admin-webhook = Webhook
admin-webhook-none = Không có: hệ thống tự đọc luồng thay đổi.
admin-webhook-url = Địa chỉ Amana gọi khi có thay đổi liên quan đến hệ thống này
admin-webhook-hint = Khi lưu, một khóa bí mật ký mới sẽ được tạo và chỉ hiện một lần. Khóa bí mật cũ sẽ ngừng hoạt động.
admin-webhook-save = Lưu webhook
admin-webhook-stop = Dừng webhook
admin-api-keys = Khóa API
admin-new-key = Tạo khóa mới
admin-key-scopes = Khóa được phép làm gì
admin-key-days = Có hiệu lực trong (ngày)
admin-new-key-hint = Khóa chỉ hiện một lần, ngay sau khi tạo. Mỗi hệ thống có thể có hai khóa đang hoạt động, nên khóa mới có thể thay khóa cũ mà không bị gián đoạn.
admin-key-live = Đang hoạt động
admin-key-expired = Đã hết hạn
admin-key-revoked = Đã thu hồi ngày
admin-key-created = Đã tạo
admin-key-expires = hết hạn
admin-key-last-used = dùng lần cuối
admin-key-never-used = chưa bao giờ
admin-key-revoke = Thu hồi
admin-new-key-shown = Khóa API mới cho
admin-webhook-secret-shown = Khóa bí mật ký webhook mới cho
admin-shown-once-hint = Hãy sao chép ngay và chuyển cho người vận hành hệ thống bằng một cách an toàn. Amana không lưu và không thể hiện lại.
api-scope-people-write = Thêm và xóa người dùng
api-scope-changes-read = Đọc các thay đổi đã được phê duyệt
api-scope-changes-ack = Xác nhận các thay đổi đã được thực hiện
api-scope-access-events-write = Báo cáo ai đã xem dữ liệu
AD-017 = Đã có hệ thống nguồn với tên này.
AD-018 = Hãy viết số ngày từ 1 đến 1095.
AD-019 = Hệ thống này đã có hai khóa đang hoạt động. Hãy thu hồi một khóa trước khi tạo khóa mới.
AD-020 = Hãy chọn ít nhất một.
AD-021 = Hãy viết đầy đủ địa chỉ web, ví dụ https://cases.example.org/amana.

## Administration: languages
admin-locales = Ngôn ngữ
admin-locales-intro = Mọi ngôn ngữ người dùng có thể chọn, và đã có người nói ngôn ngữ đó kiểm tra bản dịch hay chưa.
admin-locale-source = Ngôn ngữ gốc
admin-locale-draft = Bản nháp đầu tiên, chưa được kiểm tra
admin-locale-reviewed = Đã được { $reviewer } kiểm tra ngày { $date }
