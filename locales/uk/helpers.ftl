## Helpers of civil-society organisations
helper-sign-in-title = Вхід для тих, хто допомагає
helper-sign-in-intro = Для людей, які допомагають від імені організацій, зареєстрованих в установі. Увійдіть за допомогою електронної адреси й пароля, а потім коду із застосунку-автентифікатора.
helper-home-title = Люди, яким ви допомагаєте
helper-people = Люди, які дали вам доручення
helper-people-none = Ще ніхто не дав вам доручення, або всі доручення вже припинено. Людина дає доручення у своєму обліковому записі за допомогою короткого коду.
helper-scope = Ви можете
helper-until = До
nav-helper-people = Люди, яким ви допомагаєте
mandate-scope-view = переглядати її дані
mandate-scope-request = подавати запити від її імені
mandate-scope-consent = керувати її згодою
mandate-scope-complain = подавати скарги від її імені

## Administration: organisations and their helpers
admin-organisations = Організації, що допомагають
admin-organisations-intro = Організації громадянського суспільства, від імені яких люди, що допомагають, можуть діяти за тих, хто дав їм доручення. Призупинення організації одразу припиняє доступ усіх, хто допомагає від її імені.
admin-new-organisation = Зареєструвати організацію
admin-organisation-kind = Тип
admin-organisation-contact = Контактні дані
organisation-kind-ngo = Неурядова організація
organisation-kind-legal-aid = Правова допомога
organisation-kind-community-group = Громадська група
admin-suspended = призупинено
admin-suspend = Призупинити
admin-reinstate = Відновити
admin-helpers = Люди, які допомагають
admin-new-helper = Додати людину, яка допомагає
