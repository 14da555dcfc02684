# Amana — Tiếng Việt: dùng quyền (yêu cầu về dữ liệu của mình). Mọi ngôn ngữ có cùng các khóa.

nav-my-requests = Yêu cầu của tôi

## Các nút bên cạnh mỗi mục trong Dữ liệu của tôi
action-correct = Mục này sai
action-erase = Xóa mục này
action-restrict = Ngừng dùng mục này
my-data-erase-all = Yêu cầu xóa mọi dữ liệu của tôi

## Mẫu yêu cầu
request-correct-title = Sửa dữ liệu của bạn
request-erase-title = Xóa dữ liệu của bạn
request-restrict-title = Ngừng dùng dữ liệu của bạn
request-erase-all-title = Xóa mọi dữ liệu của bạn
request-proposed-value = Nội dung đúng phải là
request-proposed-value-hint = Hãy viết thông tin đúng.
request-erase-explained = Bạn đang yêu cầu xóa thông tin này. Có thông tin luật bắt buộc phải giữ; nếu vậy, chúng tôi sẽ cho bạn biết lý do.
request-erase-all-explained = Bạn đang yêu cầu xóa mọi thông tin đang được giữ về bạn. Có thông tin luật bắt buộc phải giữ, ví dụ khi hồ sơ của bạn còn đang mở; nếu vậy, chúng tôi sẽ cho bạn biết thông tin nào và vì sao.
request-restrict-choose = Bạn muốn gì?
request-restriction-explained = Giữ thông tin, nhưng không dùng trong lúc kiểm tra lại (ví dụ vì bạn nghĩ thông tin bị sai).
request-objection-explained = Ngừng dùng thông tin cho mục đích này, vì hoàn cảnh riêng của bạn.
request-explanation = Điều bạn muốn nói thêm (không bắt buộc)
request-explanation-hint = Ví dụ lý do, hoặc chuyện đã xảy ra. Bạn cũng có thể gửi giấy tờ sau.
request-deadline-explained = Yêu cầu là miễn phí. Bạn sẽ nhận được trả lời trong vòng một tháng. Nếu yêu cầu của bạn phức tạp, thời gian có thể kéo dài thêm hai tháng, và bạn sẽ được cho biết lý do.
request-send = Gửi yêu cầu của tôi
request-cancel = Quay lại, không gửi
request-whole-record = Mọi dữ liệu của tôi

## Loại và tình trạng yêu cầu
kind-access = Bản sao dữ liệu của tôi
kind-correction = Sửa
kind-erasure = Xóa
kind-restriction = Tạm ngừng dùng
kind-objection = Phản đối việc dùng
kind-complaint = Khiếu nại
status-submitted = Đã nhận
status-in_review = Đang kiểm tra
status-awaiting_information = Đang chờ thông tin từ bạn
status-decided = Đã quyết định
status-completed = Đã xong
status-withdrawn = Đã rút

## Yêu cầu của tôi
requests-title = Yêu cầu của tôi
requests-intro = Ở đây bạn có thể theo dõi mọi điều bạn đã yêu cầu, xem ngày bạn sẽ nhận được trả lời, và đọc tin nhắn.
requests-none = Bạn chưa gửi yêu cầu nào. Để gửi, hãy vào Dữ liệu của tôi và chọn một mục thông tin.
requests-back = Quay lại yêu cầu của tôi
request-title = Yêu cầu của bạn
request-reference = Mã số
request-kind = Yêu cầu
request-about = Về
request-status = Tình trạng
request-received = Ngày nhận
request-due = Trả lời trước ngày
request-extended = Thời gian trả lời đã được kéo dài. Lý do:
request-decision = Quyết định
request-timeline = Những gì đã xảy ra
request-upstream = Trong các hệ thống riêng của cơ quan
request-upstream-done = Đã làm xong trong { $system } ngày { $date }.
request-upstream-waiting = Chưa làm xong trong { $system }. Nhân viên đang theo dõi việc này.
request-messages = Tin nhắn
request-no-messages = Chưa có tin nhắn nào.
request-add-information = Thêm thông tin hoặc trả lời
request-add-information-hint = Viết ở đây nếu bạn muốn thêm điều gì hoặc trả lời một câu hỏi.
request-send-information = Gửi
request-withdraw = Rút yêu cầu này
notice-request-filed = Yêu cầu của bạn đã được nhận. Chúng tôi đã gửi xác nhận cho bạn.
notice-request-sent = Tin nhắn của bạn đã được thêm vào yêu cầu.
notice-request-withdrawn = Yêu cầu của bạn đã được rút. Sẽ không có gì xảy ra với yêu cầu này nữa.

actor-you = Bạn
actor-system = Amana
actor-source = { $role } · { $office } (trong { $system })
role-caseworker = Cán bộ hồ sơ
role-reviewer = Người duyệt
role-dpo = Cán bộ bảo vệ dữ liệu
role-admin = Quản trị viên
role-auditor = Người kiểm tra

timeline-submitted = Đã nhận yêu cầu
timeline-in-review = Đang kiểm tra
timeline-information-requested = Đã hỏi thêm thông tin
timeline-information-added = Đã thêm thông tin
timeline-extended = Đã kéo dài thời gian trả lời
timeline-decided = Đã ra quyết định
timeline-completed = Đã xong
timeline-withdrawn = Đã rút yêu cầu

reason-legal-obligation = Luật bắt buộc chúng tôi phải giữ thông tin này.
reason-still-needed-for-case = Hồ sơ của bạn còn đang mở và vẫn cần thông tin này.
reason-accuracy-confirmed = Chúng tôi đã kiểm tra và thông tin này là đúng.
reason-public-interest = Việc dùng thông tin là cần thiết cho một nhiệm vụ vì lợi ích chung, và nhiệm vụ này quan trọng hơn hoàn cảnh riêng của bạn.

## Rút yêu cầu
withdraw-title = Rút yêu cầu của bạn?
withdraw-explained = Nếu bạn rút, chúng tôi sẽ ngừng giải quyết yêu cầu này. Bạn có thể gửi yêu cầu mới bất cứ lúc nào.
withdraw-confirm = Có, rút yêu cầu
withdraw-cancel = Không, giữ yêu cầu của tôi

## Lỗi
RQ-001 = Bạn đã có một yêu cầu đang mở về việc này. Bạn có thể theo dõi trong mục Yêu cầu của tôi.
RQ-002 = Yêu cầu này đã được quyết định hoặc đã rút, nên không thể thay đổi.
RQ-010 = Hãy viết nội dung đúng của thông tin.
RQ-011 = Nội dung quá dài. Vui lòng rút ngắn còn 500 ký tự.
RQ-012 = Nội dung quá dài. Vui lòng rút ngắn còn 2000 ký tự.
RQ-013 = Đó là nội dung chúng tôi đang có. Hãy viết nội dung đúng phải là gì.
RQ-014 = Hãy viết tin nhắn trước khi gửi.
RQ-015 = Nội dung quá dài. Vui lòng rút ngắn còn 2000 ký tự.
RQ-016 = Hãy chọn một trong các lựa chọn.

## Email (không bao giờ chứa dữ liệu cá nhân)
mail-request-received-subject = Chúng tôi đã nhận yêu cầu của bạn
mail-request-received-body =
    Chúng tôi đã nhận yêu cầu của bạn. Bạn sẽ nhận được trả lời trong vòng một tháng.

    Hãy đăng nhập để theo dõi: { $url }
mail-request-news-subject = Có tin mới về yêu cầu của bạn
mail-request-news-body =
    Có tin mới về yêu cầu của bạn. Hãy đăng nhập để đọc: { $url }

## Giấy tờ
request-evidence = Một giấy tờ (không bắt buộc)
request-evidence-hint = Tệp PDF hoặc ảnh (JPEG hoặc PNG), tối đa 5 MB. Ví dụ một giấy chứng nhận cho thấy thông tin đúng.
request-documents = Giấy tờ bạn đã gửi
request-document = Giấy tờ
RQ-020 = Tệp quá lớn. Hãy gửi tệp không quá 5 MB.
RQ-021 = Không nhận loại tệp này. Hãy gửi tệp PDF hoặc ảnh (JPEG hoặc PNG).
RQ-022 = Yêu cầu này đã có số giấy tờ tối đa (20 tệp, tổng cộng 50 MB). Hãy viết tin nhắn thay vào đó, hoặc hỏi chúng tôi cách gửi thêm.
