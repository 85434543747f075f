package ir.saorg.sehat.payment.tariff.web;

import java.util.ListResourceBundle;

/**
 * Problem messages of the tariff API in Persian, the base language. They live in code rather than in
 * {@code problems.properties} so that this package owns them whole; {@link TariffProblemMessages} adds them to the
 * platform's problem messages. {@code {0}} in a row's message is its row number.
 */
public class TariffProblems extends ListResourceBundle {

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
                {"invalid-tariff-file.title", "فایل تعرفه نادرست است"},
                {"invalid-tariff-file.detail", "{0} خطا در فایل یافت شد؛ هیچ تغییری در جدول تعرفه‌ها داده نشد."},
                {"tariff-fiscal-year-malformed.title", "سال مالی نامعتبر است"},
                {"tariff-fiscal-year-malformed.detail",
                        "«{0}» سال مالی معتبری نیست: سال شمسی چهاررقمی بنویسید، مانند ۱۴۰۵. جدول تعرفه برای سال‌های {1} تا {2} بارگذاری می‌شود."},
                {"tariff-table-not-found.title", "جدول تعرفه یافت نشد"},
                {"tariff-table-not-found.detail", "برای سال مالی {0} جدول تعرفه‌ای وجود ندارد؛ همهٔ درخواست‌های آن سال رایگان‌اند."},
                {"tariff-file-too-large.title", "فایل تعرفه بیش از اندازه بزرگ است"},
                {"tariff-file-too-large.detail", "فایل {0} بایت است؛ حداکثر {1} بایت پذیرفته می‌شود."},
                {"tariff-upload-contended.title", "بارگذاری هم‌زمان"},
                {"tariff-upload-contended.detail",
                        "جدول سال {0} هم‌زمان چند بار بارگذاری شد و این بارگذاری ثبت نشد. جدول فعلی را ببینید و دوباره بارگذاری کنید."},

                {"tariff.file-empty", "فایل خالی است."},
                {"tariff.file-no-rows", "فایل سطری جز سطر عنوان ندارد؛ برای هر نوع درخواست یک سطر لازم است (مبلغ صفر یعنی رایگان)."},
                {"tariff.file-encoding",
                        "نویسه‌های فایل خوانا نیست: نه UTF-8 است و نه Windows-1256. فایل را در Excel با «CSV UTF-8» ذخیره کنید."},
                {"tariff.file-utf16",
                        "فایل با کدگذاری UTF-16 (متن یونیکد) ذخیره شده است. آن را در Excel با «CSV UTF-8» ذخیره کنید."},
                {"tariff.file-workbook",
                        "این فایل کارپوشهٔ Excel است، نه CSV یا JSON. آن را در Excel با «CSV UTF-8» ذخیره کنید."},
                {"tariff.file-form-encoded",
                        "فایل به شکل فرم فرستاده شده است. آن را با سرآیند Content-Type: text/csv یا application/json بفرستید (در curl: -H \"Content-Type: text/csv\")."},
                {"tariff.file-part-missing", "درخواست چندبخشی بخشی به نام file ندارد."},
                {"tariff.csv-unclosed-quote", "ردیف {0}: گیومهٔ باز شده در این ردیف هرگز بسته نشده است."},
                {"tariff.csv-too-many-cells",
                        "ردیف {0}: بیش از {1} خانه دارد. اگر مبلغ با جداکنندهٔ هزارگان «,» نوشته شده، آن را در گیومه بگذارید یا جداکننده را بردارید."},
                {"tariff.json-malformed", "فایل JSON معتبری نیست (سطر {0}، ستون {1})."},
                {"tariff.json-shape", "فایل JSON باید شیئی با آرایهٔ tariffs باشد که هر عضو آن requestType و amountRials دارد."},
                {"tariff.json-unknown-member", "عضو «{0}» در فایل JSON شناخته نیست؛ فقط tariffs و fiscalYear مجازند."},
                {"tariff.json-row-shape", "ردیف {0}: باید شیئی با requestType و amountRials باشد."},
                {"tariff.json-unknown-field", "ردیف {0}: عضو «{1}» شناخته نیست؛ فقط requestType و amountRials و note مجازند."},
                {"tariff.fiscal-year-mismatch", "فایل برای سال {0} است ولی برای سال {1} بارگذاری شده است."},
                {"tariff.header-unknown-column",
                        "ردیف {0}: ستون «{1}» شناخته نیست. سطر عنوان باید «requestType,amountRials,note» یا «نوع درخواست,مبلغ (ریال),توضیح» باشد (توضیح اختیاری است)."},
                {"tariff.header-duplicate-column", "ردیف {0}: ستون «{1}» دو بار آمده است."},
                {"tariff.header-missing-column",
                        "ردیف {0}: سطر عنوان ستون {1} را ندارد. سطر عنوان باید «requestType,amountRials,note» یا «نوع درخواست,مبلغ (ریال),توضیح» باشد (توضیح اختیاری است)."},
                {"tariff.type-missing", "ردیف {0}: نوع درخواست خالی است."},
                {"tariff.type-unknown", "ردیف {0}: نوع درخواست «{1}» شناخته نیست. انواع شناخته: {2}."},
                {"tariff.type-duplicate", "ردیف {0}: نوع درخواست {1} پیش‌تر در ردیف {2} آمده است؛ هر نوع فقط یک ردیف دارد."},
                {"tariff.amount-missing", "ردیف {0}: مبلغ خالی است (برای رایگان، صفر بنویسید)."},
                {"tariff.amount-not-numeric", "ردیف {0}: مبلغ «{1}» عدد نیست."},
                {"tariff.amount-not-whole",
                        "ردیف {0}: مبلغ «{1}» باید عدد صحیح ریال باشد، بدون ممیز (برای جداکردن هزارگان از «.» استفاده نکنید)."},
                {"tariff.amount-negative", "ردیف {0}: مبلغ «{1}» منفی است."},
                {"tariff.amount-absurd",
                        "ردیف {0}: مبلغ «{1}» بیش از سقف {2} ریال است؛ صفرهای اضافه را بررسی کنید."},
                {"tariff.note-too-long", "ردیف {0}: توضیح بیش از {1} نویسه است."},
        };
    }
}
