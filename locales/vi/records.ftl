# Amana — Tiếng Việt: ai đã xem dữ liệu của bạn, và tải dữ liệu về. Mọi ngôn ngữ có cùng các khóa.

access-title = Ai đã xem dữ liệu của tôi
access-intro = Mỗi lần nhân viên hoặc người hỗ trợ mở hay thay đổi thông tin của bạn, việc đó được ghi lại ở đây: khi nào, ai (vai trò và văn phòng của họ), họ đã xem gì, và lý do họ phải nêu.
access-none = Chưa có ai từ cơ quan hay người hỗ trợ nào xem dữ liệu của bạn.
access-no-more = Không còn mục nào cũ hơn.
access-pages = Trang
access-newer = Mục mới hơn
access-older = Mục cũ hơn
access-fields = Thông tin:
access-reason = Lý do đã nêu:
access-source-viewed = Đã xem hồ sơ của bạn trong hệ thống riêng của họ
access-purpose = Mục đích họ nêu:
access-legal-basis = Căn cứ pháp lý họ nêu:
access-record-viewed = Đã xem dữ liệu của bạn
access-category-opened = Đã mở một phần dữ liệu nhạy cảm của bạn
access-request-viewed = Đã xem một yêu cầu của bạn
access-field-corrected = Đã sửa dữ liệu của bạn
access-field-erased = Đã xóa dữ liệu của bạn
access-record-exported = Đã tạo một bản sao dữ liệu của bạn
access-reason-handling-request = Để giải quyết yêu cầu của bạn
access-reason-identity-check = Để kiểm tra danh tính của bạn
access-reason-safety-concern = Vì lo ngại cho sự an toàn của một người
access-reason-legal-duty = Vì luật bắt buộc

download-title = Tải dữ liệu của tôi về
download-intro = Bạn có thể lấy một bản sao đầy đủ về mọi thứ đang được giữ về bạn, các yêu cầu của bạn, các lựa chọn đồng ý của bạn và những ai đã xem dữ liệu của bạn. Hãy cất ở nơi an toàn: bản sao có thông tin cá nhân.
download-printable = Bản để đọc
download-printable-explained = Một trang bằng ngôn ngữ của bạn, bạn có thể đọc, in hoặc lưu thành PDF.
download-json = Bản cho máy tính (JSON)
download-json-explained = Một tệp mà dịch vụ khác hoặc máy tính của người hỗ trợ có thể đọc.
export-title = Bản sao dữ liệu của tôi
export-print-hint = Để giữ trang này, hãy dùng chức năng In hoặc Lưu thành PDF của trình duyệt.
export-generated = Tạo ngày
