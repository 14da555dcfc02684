# Tin nhắn (SMS), cho những người có điện thoại nhưng không có email. Mỗi tin phải ngắn: một SMS chứa 160 chữ
# Latinh, hoặc chỉ 70 chữ với chữ viết khác (Ả Rập, Kirin, Ethiopia, Gruzia…) hay với dấu nằm ngoài bảng chữ GSM
# (như tiếng Việt); bài kiểm tra sẽ lỗi nếu một tin cần hơn hai SMS. Không có gì cá nhân ngoài mã.

# Mã đăng nhập. Phải vừa trong một SMS.
sms-sign-in = Amana: mã đăng nhập { $code }, dùng trong { $minutes } phút. Đừng đưa mã cho ai.
# Một người hỗ trợ của một tổ chức xin làm thay người dùng; đưa mã là đồng ý.
sms-mandate-request = Amana: { $organisation } xin được giúp bạn. Chỉ khi bạn đồng ý, hãy đưa họ mã này: { $code }
sms-request-received = Amana: chúng tôi đã nhận yêu cầu của bạn. Hãy đăng nhập để theo dõi: { $url }
sms-request-news = Amana: có tin mới về yêu cầu của bạn. Hãy đăng nhập để đọc: { $url }
