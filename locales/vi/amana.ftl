# Amana — Tiếng Việt. Mọi chữ người dùng đọc đều lấy từ đây; mọi ngôn ngữ phải có đủ các khóa.

## Toàn bộ trang
app-name = Amana
nav-skip = Bỏ qua, đến nội dung chính
nav-label = Menu chính
nav-language = Ngôn ngữ
nav-my-data = Dữ liệu của tôi
nav-sign-out = Đăng xuất
nav-quick-exit = Thoát nhanh
footer-fictional = Amana là bản thử nghiệm. Mọi người và hồ sơ trong đây đều là giả.
form-error-summary = Có lỗi cần sửa

## Trang chủ
home-title = Dữ liệu của bạn, quyền của bạn
home-choose-language = Chọn ngôn ngữ của bạn
home-about-heading = Đây là gì?
home-about = Tại đây bạn có thể xem cơ quan đang giữ dữ liệu cá nhân nào về bạn, vì sao giữ, và chia sẻ cho ai. Bạn có thể yêu cầu sửa hoặc xóa dữ liệu, và xem ai đã xem dữ liệu đó.
home-rights-heading = Quyền của bạn
right-access = Xem mọi dữ liệu về bạn và nhận một bản sao.
right-correct = Yêu cầu sửa dữ liệu sai.
right-erase = Yêu cầu xóa dữ liệu.
right-restrict = Yêu cầu ngừng dùng dữ liệu của bạn.
right-consent = Đồng ý hoặc rút lại sự đồng ý, bất cứ lúc nào.
right-complain = Khiếu nại với một cơ quan độc lập.
right-who-looked = Xem ai đã xem dữ liệu của bạn, và vì sao.
home-rights-free = Dùng các quyền này là miễn phí. Bạn sẽ nhận được trả lời trong vòng một tháng. Nếu yêu cầu của bạn phức tạp, thời gian có thể kéo dài thêm hai tháng, và bạn sẽ được cho biết lý do.
home-sign-in = Đăng nhập
notice-signed-out = Bạn đã đăng xuất. Nếu đây là điện thoại dùng chung, hãy đóng trình duyệt ngay.

## Không tìm thấy
not-found-title = Không tìm thấy trang
not-found-home = Về trang đầu

## Đăng nhập
sign-in-title = Đăng nhập
sign-in-intro = Nhập mã hồ sơ in trên giấy tờ của bạn và ngày sinh của bạn. Chúng tôi sẽ gửi một mã dùng một lần đến địa chỉ liên lạc của bạn mà chúng tôi đang có.
sign-in-case-reference = Mã hồ sơ
sign-in-case-reference-hint = Ví dụ DEMO-0001. Mã này in trên giấy tờ của bạn.
sign-in-date-of-birth = Ngày sinh
sign-in-date-of-birth-hint = Ghi như trên giấy tờ của bạn: năm-tháng-ngày (1990-01-31) hoặc ngày/tháng/năm (31/01/1990). Nếu giấy tờ chỉ ghi năm, hoặc năm và tháng, thì chỉ nhập phần đó (1978 hoặc 1978-11).
sign-in-send-code = Gửi mã cho tôi
sign-in-privacy = Chúng tôi không bao giờ cho ai biết một mã hồ sơ có tồn tại hay không.

code-title = Nhập mã của bạn
code-intro = Nếu thông tin bạn nhập khớp với hồ sơ của chúng tôi, chúng tôi đã gửi một mã 6 chữ số đến địa chỉ liên lạc của bạn mà chúng tôi đang có. Mã có hiệu lực trong 10 phút.
code-label = Mã 6 chữ số
code-hint = Bạn có thể gõ cả dấu cách.
code-submit = Đăng nhập
code-start-again = Không nhận được mã? Làm lại từ đầu

## Dữ liệu của tôi
my-data-title = Dữ liệu của tôi
my-data-reference = Mã hồ sơ:
my-data-intro = Mọi dữ liệu đang được giữ về bạn, chia theo loại. Chạm vào tên một loại để xem từng mục: đến từ đâu, vì sao và giữ đến khi nào, ai nhận, và bạn có thể yêu cầu những gì.
my-data-sensitive = Nhạy cảm
my-data-sensitive-explained = Đây là dữ liệu nhạy cảm. Dữ liệu này được bảo vệ thêm, và nhân viên phải nêu lý do mới được mở.
my-data-source = Đến từ
my-data-purpose = Vì sao được giữ
my-data-legal-basis = Luật cho phép
my-data-kept-until = Giữ đến
my-data-shared-with = Chia sẻ với
# Số mục dữ liệu trong một loại, hiện bên cạnh tiêu đề ("Danh tính · 6 mục").
my-data-field-count = { $count } mục
my-data-why = Vì sao được giữ và ai nhận dữ liệu

category-identity = Danh tính
category-contact = Thông tin liên lạc
category-family = Gia đình
category-legal-status = Tình trạng pháp lý
category-health = Sức khỏe
category-biometrics = Sinh trắc học (vân tay, ảnh)
category-education = Học vấn
category-employment = Việc làm
category-case-history = Quá trình hồ sơ

field-given-name = Tên
field-family-name = Họ
field-date-of-birth = Ngày sinh
field-place-of-birth = Nơi sinh
field-nationality = Quốc tịch
field-sex = Giới tính
field-native-language = Tiếng mẹ đẻ
field-document-number = Số giấy tờ
field-email = Địa chỉ email
field-phone = Số điện thoại
field-address = Địa chỉ
field-municipality = Địa phương (thành phố, xã)
field-marital-status = Tình trạng hôn nhân
field-spouse-name = Tên vợ hoặc chồng
field-children-count = Số con
field-dependants = Người phụ thuộc khác
field-next-of-kin = Người thân gần nhất
field-residence-status = Tình trạng cư trú
field-permit-type = Loại giấy phép
field-permit-expiry = Giấy phép có hiệu lực đến
field-asylum-claim-date = Ngày xin tị nạn
field-appeal-status = Kháng cáo
field-screening-date = Ngày khám sức khỏe
field-screening-result = Kết quả khám sức khỏe
field-vaccinations = Tiêm chủng
field-disability-needs = Nhu cầu hỗ trợ khuyết tật
field-medication-needs = Nhu cầu thuốc men
field-fingerprint-record = Dữ liệu vân tay
field-photo-record = Dữ liệu ảnh
field-enrolment-date = Ngày lấy dữ liệu sinh trắc học
field-enrolment-office = Văn phòng lấy dữ liệu
field-highest-education = Trình độ học vấn cao nhất
field-languages-spoken = Ngôn ngữ biết nói
field-school-enrolment = Ghi danh đi học
field-work-permit = Giấy phép lao động
field-occupation = Nghề nghiệp
field-employer = Nơi làm việc
field-case-opened = Ngày mở hồ sơ
field-case-office = Văn phòng phụ trách hồ sơ
field-interview-date = Ngày phỏng vấn
field-last-decision = Quyết định gần nhất
field-decision-date = Ngày ra quyết định gần nhất
field-resettlement-referral = Giới thiệu tái định cư
field-statistics-cohort = Nhóm thống kê

purpose-case-management = Giải quyết hồ sơ của bạn
purpose-residence-permit = Quyết định về giấy phép cư trú của bạn
purpose-health-screening = Khám sức khỏe khi mới đến
purpose-family-reunification = Đoàn tụ gia đình bạn
purpose-biometric-identity = Xác nhận danh tính của bạn
purpose-integration-support = Hỗ trợ về học hành, ngôn ngữ và việc làm
purpose-resettlement-referral = Giới thiệu đi tái định cư ở nước khác
purpose-statistics = Thống kê ẩn danh
purpose-service-updates = Tin tức về các dịch vụ

legal-basis-public-task = Một nhiệm vụ vì lợi ích chung do luật quy định
legal-basis-legal-obligation = Một nghĩa vụ mà luật bắt buộc cơ quan phải làm
legal-basis-consent = Sự đồng ý của bạn, bạn có thể rút lại
legal-basis-vital-interests = Để bảo vệ tính mạng của một người
legal-basis-contract = Một hợp đồng với bạn
legal-basis-legitimate-interests = Một lợi ích chính đáng, đã được cân nhắc với quyền của bạn

recipient-none = Không ai bên ngoài cơ quan
recipient-border-agency = Cơ quan biên phòng
recipient-municipality = Chính quyền địa phương nơi bạn ở
recipient-health-service = Cơ quan y tế công
recipient-unhcr = UNHCR (Cao ủy Liên Hợp Quốc về người tị nạn)
recipient-education-provider = Trường học hoặc nơi dạy ngôn ngữ
recipient-resettlement-country = Nước tiếp nhận tái định cư
recipient-statistics-office = Cơ quan thống kê (không có tên bạn)

## Giá trị từ các hệ thống nguồn có bản dịch
value-single = Độc thân
value-married = Đã kết hôn
value-widowed = Góa vợ/chồng
value-asylum-seeker = Người xin tị nạn
value-refugee = Người tị nạn
value-subsidiary-protection = Bảo hộ bổ sung
value-temporary-protection = Bảo hộ tạm thời
value-none = Không có
value-pending = Đang chờ
value-closed = Đã đóng
value-no-follow-up = Không cần khám lại
value-follow-up-booked = Đã đặt lịch khám lại
value-complete = Đầy đủ
value-partial = Một phần
value-unknown = Không rõ
value-mobility-support = Hỗ trợ đi lại
value-hearing-support = Hỗ trợ nghe
value-regular-prescription = Thuốc kê đơn dùng thường xuyên
value-primary = Tiểu học
value-secondary = Trung học
value-vocational = Học nghề
value-university = Đại học
value-not-applicable = Không áp dụng
value-enrolled = Đã ghi danh
value-waiting-list = Trong danh sách chờ
value-yes = Có
value-no = Không
value-applied = Đã nộp đơn
value-nurse = Y tá
value-electrician = Thợ điện
value-teacher = Giáo viên
value-cook = Đầu bếp
value-driver = Tài xế
value-student = Học sinh, sinh viên
value-interview-scheduled = Đã hẹn ngày phỏng vấn
value-permit-granted = Đã cấp giấy phép
value-under-review = Đang xem xét
value-not-referred = Chưa được giới thiệu
value-referred = Đã được giới thiệu
value-accepted = Đã được chấp nhận

## Lỗi (mã không đổi; chữ nói cần làm gì)
SI-001 = Hãy nhập mã hồ sơ của bạn.
SI-002 = Mã hồ sơ chỉ gồm chữ cái, chữ số và dấu gạch ngang, giống như in trên giấy tờ của bạn.
SI-003 = Hãy nhập ngày sinh của bạn.
SI-004 = Hãy nhập ngày sinh như trên giấy tờ của bạn, ví dụ 1990-01-31 hoặc 31/01/1990. Nếu giấy tờ chỉ ghi năm, hoặc năm và tháng, thì chỉ nhập phần đó: 1978 hoặc 1978-11.
SI-005 = Hãy nhập mã trong tin nhắn chúng tôi đã gửi bạn.
SI-006 = Mã có 6 chữ số. Hãy xem lại tin nhắn và thử lại.
SI-010 = Mã này không đúng hoặc đã hết hạn. Hãy xem lại tin nhắn và thử lại.
SI-011 = Lần đăng nhập này đã hết hạn hoặc đã thử quá nhiều lần. Vui lòng làm lại từ đầu.
SI-012 = Bạn đã thử quá nhiều lần. Vui lòng đợi vài phút rồi thử lại.
AU-001 = Phiên làm việc của bạn đã kết thúc. Vui lòng đăng nhập lại.
GEN-400 = Có thông tin chưa đúng. Hãy kiểm tra lại mẫu đơn và thử lại.
GEN-403 = Mẫu đơn này đã hết hạn. Hãy quay lại, tải lại trang và thử lại.
GEN-404 = Trang này không tồn tại, hoặc bạn không được xem.
GEN-409 = Có người khác thay đổi mục này cùng lúc, nên chưa có gì được lưu. Hãy tải lại trang và thử lại.
GEN-500 = Có lỗi ở phía chúng tôi. Những gì bạn gửi không bị mất. Vui lòng thử lại sau vài phút.

## Email (không bao giờ chứa dữ liệu cá nhân)
mail-sign-in-subject = Mã đăng nhập Amana của bạn
mail-sign-in-body =
    Mã đăng nhập của bạn là: { $code }

    Mã có hiệu lực trong { $minutes } phút. Hãy gõ mã này vào trang mà bạn đã yêu cầu mã.

    Nếu bạn không yêu cầu mã, bạn có thể bỏ qua tin nhắn này. Không ai đăng nhập được nếu không có mã.

## Translation status
footer-draft-translation = Bản dịch này là bản nháp đầu tiên. Nếu có chỗ nào chưa rõ, hãy hỏi nhân viên hoặc người hỗ trợ.

# Nội dung công cụ tìm kiếm hiện dưới tên cổng thông tin (chỉ trang đầu và trang đăng nhập).
meta-description = Xem cơ quan di trú đang giữ những dữ liệu gì về bạn, và yêu cầu sửa, xóa hoặc ngừng dùng dữ liệu đó, bằng ngôn ngữ của bạn.
