<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../hrdoc/domain/registry/base.py" line="+150"/>
        <location filename="../../hrdoc/domain/registry/witnesses.py" line="+92"/>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/evidence/table.py" line="+77"/>
        <location filename="../../hrdoc/gui/exchange/import_dialog.py" line="+55"/>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../hrdoc/gui/evidence/capture_dialogs.py" line="+62"/>
        <location line="+78"/>
        <location filename="../../hrdoc/gui/evidence/dialogs.py" line="+223"/>
        <location filename="../../hrdoc/gui/evidence/view.py" line="+325"/>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="+173"/>
        <source>Visibility</source>
        <translation>مستوى الإتاحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/domain/registry/witnesses.py" line="+2"/>
        <location filename="../../hrdoc/services/reporting/accounts.py" line="+90"/>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/domain/registry/witnesses.py" line="+1"/>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>تاريخ التعديل</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/domain/registry/witnesses.py" line="+1"/>
        <location filename="../../hrdoc/gui/exchange/conflict_views.py" line="+269"/>
        <source>Created by</source>
        <translation>أنشأه</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../hrdoc/gui/exchange/conflict_views.py" line="-163"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="+61"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name</source>
        <translation>الاسم القانوني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence</source>
        <translation>محل الإقامة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty if unknown</source>
        <translation>يُترك فارغاً إن لم يكن معروفاً</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One per line</source>
        <translation>واحد في كل سطر</translation>
    </message>
    <message>
        <location filename="../../hrdoc/domain/registry/case.py" line="+26"/>
        <source>its name in English, French or Arabic, or its two-letter code: Mali or ML</source>
        <translation>اسمه بالإنكليزية أو بالفرنسية أو بالعربية، أو رمزه المكوّن من حرفين: مالي أو ML</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>case</source>
        <translation>قضية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example ML-2025-004</source>
        <translation>مثلاً ML-2025-004</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+31"/>
        <location filename="../../hrdoc/domain/registry/sources.py" line="+28"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="-30"/>
        <location filename="../../hrdoc/gui/evidence/common.py" line="+126"/>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="-1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="+2"/>
        <source>Lead investigator</source>
        <translation>المحقق الرئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Other spellings</source>
        <translation>تهجئات أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region (admin 1)</source>
        <translation>المنطقة (المستوى الإداري 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District (admin 2)</source>
        <translation>المقاطعة (المستوى الإداري 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>degrees, for example 16.27</source>
        <translation>بالدرجات، مثلاً 16.27</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>degrees, for example -0.04</source>
        <translation>بالدرجات، مثلاً -0.04</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision of the place</source>
        <translation>دقة تحديد المكان</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>incident</source>
        <translation>حادثة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+50"/>
        <location line="+33"/>
        <location filename="../../hrdoc/domain/registry/sources.py" line="+42"/>
        <location filename="../../hrdoc/gui/evidence/dialogs.py" line="-4"/>
        <location line="+73"/>
        <location filename="../../hrdoc/gui/evidence/view.py" line="-14"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date precision</source>
        <translation>دقة التاريخ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+132"/>
        <source>Date as reported</source>
        <translation>التاريخ كما ورد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the words of the source</source>
        <translation>بعبارة المصدر نفسها</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="-49"/>
        <location line="+51"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+5"/>
        <source>Event type</source>
        <translation>نوع الحدث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-type</source>
        <translation>النوع الفرعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fatalities (low)</source>
        <translation>الوفيات (التقدير الأدنى)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fatalities (best estimate)</source>
        <translation>الوفيات (التقدير الأرجح)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fatalities (high)</source>
        <translation>الوفيات (التقدير الأعلى)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reasoning for the estimate</source>
        <translation>تعليل التقدير</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>why these numbers; mark the reported figures the estimate rests on</source>
        <translation>سبب هذه الأرقام؛ يُرجى تحديد الأرقام المُبلَّغ عنها التي يستند إليها التقدير</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+2"/>
        <source>Civilians targeted</source>
        <translation>استهداف المدنيين</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>actor</source>
        <translation>جهة فاعلة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also known as</source>
        <translation>يُعرف أيضاً باسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of actor</source>
        <translation>نوع الجهة الفاعلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliation</source>
        <translation>الانتماء</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>allegation</source>
        <translation>ادعاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <location filename="../../hrdoc/domain/registry/sources.py" line="+29"/>
        <location filename="../../hrdoc/gui/evidence/gps_dialog.py" line="+54"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="-58"/>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <location line="-64"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+77"/>
        <source>Violation</source>
        <translation>الانتهاك</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+1"/>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard of proof met</source>
        <translation>مستوى الإثبات المستوفى</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+18"/>
        <source>Reasoning</source>
        <translation>التعليل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>alleged perpetrator</source>
        <translation>جانٍ مزعوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <location line="+12"/>
        <location filename="../../hrdoc/domain/registry/sources.py" line="-1"/>
        <source>Allegation</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Actor</source>
        <translation>الجهة الفاعلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involvement</source>
        <translation>درجة التورط</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>victim</source>
        <translation>ضحية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Individual or group</source>
        <translation>فرد أو جماعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>how the victim is referred to, not a legal name</source>
        <translation>كيفية الإشارة إلى الضحية، لا الاسم القانوني</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../hrdoc/domain/registry/witnesses.py" line="-58"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/domain/registry/witnesses.py" line="+1"/>
        <source>Age group</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened to them</source>
        <translation>ما تعرّضت له الضحية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count (low)</source>
        <translation>العدد (التقدير الأدنى)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count (best estimate)</source>
        <translation>العدد (التقدير الأرجح)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count (high)</source>
        <translation>العدد (التقدير الأعلى)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of whom women</source>
        <translation>منهم نساء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of whom men</source>
        <translation>منهم رجال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of whom children</source>
        <translation>منهم أطفال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of whom unknown</source>
        <translation>منهم غير معروفين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>victim&apos;s identity</source>
        <translation>هوية الضحية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>victim of an allegation</source>
        <translation>ضحية الادعاء</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hrdoc/gui/forms/related.py" line="+71"/>
        <source>Victim</source>
        <translation>الضحية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reported figure</source>
        <translation>رقم مُبلَّغ عنه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What it counts</source>
        <translation>ما يُحصيه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of whom, as the source says</source>
        <translation>الفئة المعنية، كما يذكرها المصدر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the source&apos;s words</source>
        <translation>بعبارة المصدر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>how the source describes them, for example “terrorists neutralised”</source>
        <translation>كيف يصفهم المصدر، مثل «تحييد إرهابيين»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure given as</source>
        <translation>صيغة الرقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/services/reporting/by_source.py" line="+110"/>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper figure</source>
        <translation>الحد الأعلى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>only for a range</source>
        <translation>للنطاق فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/services/reporting/by_source.py" line="+0"/>
        <source>Claimed on</source>
        <translation>تاريخ الإعلان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where in the source</source>
        <translation>الموضع في المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The analyst&apos;s estimate rests on it</source>
        <translation>يستند إليه تقدير المحلل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/domain/registry/housekeeping.py" line="+21"/>
        <source>vocabulary term</source>
        <translation>مصطلح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vocabulary</source>
        <translation>قائمة المصطلحات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent term</source>
        <translation>المصطلح الأصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (English)</source>
        <translation>التسمية (بالإنكليزية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (French)</source>
        <translation>التسمية (بالفرنسية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (Arabic)</source>
        <translation>التسمية (بالعربية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built in</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>chain-of-custody entry</source>
        <translation>قيد في سلسلة العهدة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>audit entry</source>
        <translation>قيد في سجل التدقيق</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>audit entry waiting to be chained</source>
        <translation>قيد تدقيق بانتظار الربط بالسلسلة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>deletion</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>earlier version</source>
        <translation>نسخة سابقة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>merge conflict</source>
        <translation>تعارض في الدمج</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>part of an evidence file</source>
        <translation>جزء من ملف دليل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>store setting</source>
        <translation>إعداد قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/domain/registry/sources.py" line="-73"/>
        <source>source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of source</source>
        <translation>نوع المصدر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published on</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessed on</source>
        <translation>تاريخ الاطلاع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archived copy (URL)</source>
        <translation>نسخة مؤرشفة (URL)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../hrdoc/domain/registry/witnesses.py" line="+1"/>
        <location line="+78"/>
        <location filename="../../hrdoc/services/reporting/accounts.py" line="-9"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reliability of the source</source>
        <translation>موثوقية المصدر</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Credibility of the information</source>
        <translation>مصداقية المعلومات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evidence file</source>
        <translation>ملف دليل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original file name</source>
        <translation>اسم الملف الأصلي</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/services/reporting/annexes.py" line="+112"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/evidence/view.py" line="+3"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/evidence/view.py" line="-2"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/evidence/dialogs.py" line="-72"/>
        <source>Acquired on</source>
        <translation>تاريخ الحصول عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/evidence/dialogs.py" line="+1"/>
        <location filename="../../hrdoc/gui/evidence/view.py" line="+10"/>
        <source>Acquired by</source>
        <translation>حصل عليه</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/gui/evidence/dialogs.py" line="+1"/>
        <location filename="../../hrdoc/gui/evidence/view.py" line="+1"/>
        <source>Acquired from</source>
        <translation>مصدر الحصول عليه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy of</source>
        <translation>نسخة من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was changed in this copy</source>
        <translation>ما غُيّر في هذه النسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the vault</source>
        <translation>محفوظ في الخزنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed under (kind)</source>
        <translation>مُدرج تحت (النوع)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/evidence/view.py" line="-3"/>
        <source>Filed under</source>
        <translation>مُدرج تحت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File metadata</source>
        <translation>البيانات الوصفية للملف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>evidence link</source>
        <translation>صلة إثبات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/domain/registry/case.py" line="-3"/>
        <location filename="../../hrdoc/domain/registry/sources.py" line="+3"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/domain/registry/sources.py" line="+1"/>
        <location filename="../../hrdoc/domain/registry/witnesses.py" line="-25"/>
        <source>Account</source>
        <translation>الإفادة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/domain/registry/sources.py" line="+1"/>
        <source>Evidence file</source>
        <translation>ملف الدليل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bears on it by</source>
        <translation>طبيعة الصلة</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+16"/>
        <source>Excerpt</source>
        <translation>مقتطف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where in the evidence</source>
        <translation>الموضع في الدليل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/domain/registry/base.py" line="-3"/>
        <source>page, paragraph or timestamp</source>
        <translation>الصفحة أو الفقرة أو التوقيت</translation>
    </message>
    <message>
        <location filename="../../hrdoc/domain/registry/witnesses.py" line="-67"/>
        <source>witness</source>
        <translation>شاهد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pseudonym</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example W-07; never the real name</source>
        <translation>مثلاً W-07؛ وليس الاسم الحقيقي أبداً</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How they know</source>
        <translation>صلة الشاهد بالوقائع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk to the witness</source>
        <translation>الخطر على الشاهد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preferred interview language</source>
        <translation>لغة المقابلة المفضّلة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>if not their own language: an interpreter is needed</source>
        <translation>إن لم تكن لغة الشاهد نفسه: يلزم مترجم شفوي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>witness&apos;s identity</source>
        <translation>هوية الشاهد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>consent</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <location filename="../../hrdoc/services/reporting/accounts.py" line="-16"/>
        <source>Witness</source>
        <translation>الشاهد</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Agrees to be recorded</source>
        <translation>الموافقة على التسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrees to be quoted</source>
        <translation>الموافقة على الاقتباس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrees to be named</source>
        <translation>الموافقة على ذكر الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrees to sharing</source>
        <translation>الموافقة على المشاركة مع الشركاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May be contacted again</source>
        <translation>إمكانية معاودة الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent given on</source>
        <translation>تاريخ إعطاء الموافقة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How consent was given</source>
        <translation>طريقة إعطاء الموافقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example: oral, recorded</source>
        <translation>مثلاً: شفوية، مسجّلة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>account</source>
        <translation>إفادة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current version</source>
        <translation>النسخة الحالية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>version of an account</source>
        <translation>نسخة من الإفادة</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../hrdoc/services/reporting/accounts.py" line="+18"/>
        <source>Interviewer</source>
        <translation>أجرى المقابلة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interview date</source>
        <translation>تاريخ المقابلة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interview place</source>
        <translation>مكان المقابلة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Method</source>
        <translation>طريقة المقابلة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translated into</source>
        <translation>مترجمة إلى</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/services/reporting/accounts.py" line="+2"/>
        <source>Translator</source>
        <translation>المترجم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Narrative</source>
        <translation>السرد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key quotes</source>
        <translation>اقتباسات رئيسية</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>May be quoted</source>
        <translation>يجوز الاقتباس منها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correction note</source>
        <translation>ملاحظة التصحيح</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>why the account is corrected; the previous version is kept</source>
        <translation>سبب تصحيح الإفادة؛ وتُحفظ النسخة السابقة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/accessibility.py" line="+231"/>
        <source>More actions</source>
        <translation>إجراءات أخرى</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/app.py" line="+94"/>
        <source>Unsaved forms</source>
        <translation>نماذج غير محفوظة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A form was not saved when hrdoc last stopped or locked. Restore it now?</source>
        <translation>لم يُحفظ أحد النماذج عند آخر إيقاف لـ hrdoc أو قفله. هل يُستعاد الآن؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} forms were not saved when hrdoc last stopped or locked. Restore them now?</source>
        <translation>لم يُحفظ عدد من النماذج ({count}) عند آخر إيقاف لـ hrdoc أو قفله. هل تُستعاد الآن؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>لا&amp;حقاً</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/background.py" line="+37"/>
        <source>Reading the case…</source>
        <translation>جارٍ قراءة القضية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking every part of the bundle…</source>
        <translation>جارٍ التحقق من كل أجزاء الحزمة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding the evidence files…</source>
        <translation>جارٍ إضافة ملفات الأدلة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merging the case into this store…</source>
        <translation>جارٍ دمج القضية في قاعدة البيانات هذه…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the team&apos;s copy of the case…</source>
        <translation>جارٍ قراءة نسخة الفريق من القضية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merging the team&apos;s changes into this store…</source>
        <translation>جارٍ دمج تغييرات الفريق في قاعدة البيانات هذه…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this laptop&apos;s copy…</source>
        <translation>جارٍ قراءة نسخة هذا الحاسوب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending the changes to the team store…</source>
        <translation>جارٍ إرسال التغييرات إلى قاعدة بيانات الفريق…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/evidence/items.py" line="+99"/>
        <source>Writing the copy…</source>
        <translation>جارٍ كتابة النسخة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-hashing the vault&apos;s files…</source>
        <translation>جارٍ حساب بصمات ملفات الخزنة من جديد…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adding {what}…</source>
        <translation>جارٍ إضافة {what}…</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/case_list.py" line="+45"/>
        <location line="+1"/>
        <source>Filter cases</source>
        <translation>تصفية القضايا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show cases of status</source>
        <translation>عرض القضايا ذات الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../hrdoc/gui/search_results.py" line="+70"/>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/crash.py" line="+37"/>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong inside hrdoc (a bug). What you saved before is safe: every change is saved whole or not at all. The action you were doing may not have completed.</source>
        <translation>حدث خلل داخل hrdoc (علّة برمجية). ما حُفظ من قبل في أمان: كل تغيير يُحفظ كاملاً أو لا يُحفظ على الإطلاق. وقد لا يكون الإجراء الجاري قد اكتمل.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/capture_dialogs.py" line="-121"/>
        <source>The site sees this computer&apos;s network address (IP) and the time of the visit, and may log them. If that could put you, a witness or your organisation at risk, do not capture from here: use a safer connection, or save the page elsewhere and use Import capture.</source>
        <translation>يرى الموقع عنوان هذا الحاسوب على الشبكة (IP) ووقت الزيارة، وقد يسجّلهما. إذا كان ذلك قد يعرّضك أو يعرّض شاهدًا أو منظمتك للخطر، فلا تلتقط الصفحة من هنا: استخدم اتصالًا أكثر أمانًا، أو احفظ الصفحة في مكان آخر واستخدم «استيراد التقاط».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A new source for the page</source>
        <translation>مصدر جديد للصفحة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capture a web page</source>
        <translation>التقاط صفحة ويب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capture now</source>
        <translation>التقاط الآن</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hrdoc fetches the page now and keeps everything it received (each redirect, the headers, the HTML and its text) in one web archive (WARC), with its hash and the time of capture. Nothing is stored if the capture fails.</source>
        <translation>يجلب hrdoc الصفحة الآن ويحفظ كل ما تلقّاه (كل إعادة توجيه، والترويسات، وشفرة HTML ونصها) في أرشيف ويب واحد (WARC)، مع بصمته ووقت الالتقاط. ولا يُحفظ شيء إذا فشل الالتقاط.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+74"/>
        <source>Address (URL)</source>
        <translation>العنوان (URL)</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+78"/>
        <location filename="../../hrdoc/gui/evidence/dialogs.py" line="-4"/>
        <source>File under</source>
        <translation>الإدراج تحت</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Give the address of the page (http:// or https://).</source>
        <translation>يُرجى إدخال عنوان الصفحة (http:// أو https://).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a web address starting with http:// or https://.</source>
        <translation>يُرجى إدخال عنوان ويب يبدأ بـ http:// أو https://.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Captures (*.html *.htm *.mhtml *.mht *.pdf *.warc *.warc.gz *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>اللقطات (*.html *.htm *.mhtml *.mht *.pdf *.warc *.warc.gz *.png *.jpg *.jpeg);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a capture made elsewhere</source>
        <translation>استيراد التقاط أُجري في مكان آخر</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/exchange/acled.py" line="+55"/>
        <location filename="../../hrdoc/gui/exchange/import_dialog.py" line="-12"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A saved page (HTML, MHTML), a PDF, a web archive (WARC) or a screenshot, captured with another tool or on another computer. It is kept exactly as it is and marked as captured elsewhere.</source>
        <translation>صفحة محفوظة (HTML أو MHTML)، أو ملف PDF، أو أرشيف ويب (WARC)، أو لقطة شاشة، التُقطت بأداة أخرى أو على حاسوب آخر. تُحفظ كما هي تماماً وتُوسم بأنها التُقطت في مكان آخر.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the saved capture</source>
        <translation>اختيار الالتقاط المحفوظ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://… (read from a WARC or MHTML file when left empty)</source>
        <translation>https://… (يُقرأ من ملف WARC أو MHTML إذا تُرك فارغاً)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/evidence/common.py" line="-10"/>
        <location filename="../../hrdoc/gui/evidence/dialogs.py" line="-8"/>
        <location filename="../../hrdoc/gui/evidence/view.py" line="+1"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>browser, extension or archiving service</source>
        <translation>متصفح أو إضافة أو خدمة أرشفة</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../hrdoc/gui/evidence/dialogs.py" line="+80"/>
        <location filename="../../hrdoc/gui/exchange/import_dialog.py" line="+11"/>
        <location filename="../../hrdoc/services/reporting/annexes.py" line="+0"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Captured on</source>
        <translation>تاريخ الالتقاط</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/evidence.py" line="+212"/>
        <location filename="../../hrdoc/gui/evidence/capture_dialogs.py" line="+1"/>
        <location filename="../../hrdoc/gui/evidence/common.py" line="+1"/>
        <source>Captured by</source>
        <translation>التقطه</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../hrdoc/gui/evidence/capture_dialogs.py" line="+1"/>
        <location filename="../../hrdoc/gui/evidence/common.py" line="+0"/>
        <location line="+14"/>
        <source>With</source>
        <translation>الأداة</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../../hrdoc/gui/evidence/capture_dialogs.py" line="+1"/>
        <location filename="../../hrdoc/gui/evidence/common.py" line="-10"/>
        <location line="+15"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/capture_dialogs.py" line="+6"/>
        <source>Choose the file of the capture.</source>
        <translation>يُرجى اختيار ملف الالتقاط.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/common.py" line="-110"/>
        <source>{size} bytes</source>
        <translation>{size} بايت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{size} KB</source>
        <translation>{size} ك.ب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{size} MB</source>
        <translation>{size} م.ب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{size} GB</source>
        <translation>{size} غ.ب</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>for the {audience} audience; copy SHA-256 {sha256}</source>
        <translation>للجهة المستهدفة «{audience}»؛ بصمة النسخة SHA-256 {sha256}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>removed: {removed}</source>
        <translation>أُزيل: {removed}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reason: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copy SHA-256 {sha256}: {note}</source>
        <translation>بصمة النسخة SHA-256 {sha256}: {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>altered: {note}</source>
        <translation>التعديل: {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decrypted in memory for a preview</source>
        <translation>فُكّ تشفيره في الذاكرة للمعاينة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, {size}</source>
        <translation>{name}، {size}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in the bundle {bundle}, for the {audience} audience</source>
        <translation>ضمن الحزمة {bundle}، للجهة المستهدفة «{audience}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the bundle {bundle}</source>
        <translation>من الحزمة {bundle}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Made</source>
        <translation>أُجري</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>elsewhere, then imported</source>
        <translation>في مكان آخر، ثم استُورد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/evidence.py" line="+4"/>
        <location filename="../../hrdoc/gui/evidence/common.py" line="+1"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="-14"/>
        <location filename="../../hrdoc/gui/evidence/common.py" line="+2"/>
        <location line="+14"/>
        <source>Captured</source>
        <translation>وقت الالتقاط</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/common.py" line="-13"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requested</source>
        <translation>العنوان المطلوب</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/evidence.py" line="+7"/>
        <location filename="../../hrdoc/gui/evidence/common.py" line="+2"/>
        <source>Final address</source>
        <translation>العنوان النهائي</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/common.py" line="+4"/>
        <source>Redirects</source>
        <translation>عمليات إعادة التوجيه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Part</source>
        <translation>جزء</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/dialogs.py" line="-245"/>
        <source>Public — may appear in public reports</source>
        <translation>علني — يجوز أن يظهر في التقارير العلنية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted — the team and partners</source>
        <translation>مقيّد — الفريق والشركاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential — the team only</source>
        <translation>سري — الفريق وحده</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>this computer&apos;s time ({offset})</source>
        <translation>توقيت هذا الحاسوب ({offset})</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no file at {path}.</source>
        <translation>لا يوجد ملف في {path}.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../../hrdoc/gui/evidence/items.py" line="+100"/>
        <source>Evidence file details</source>
        <translation>تفاصيل ملف الدليل</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/evidence/intake.py" line="+42"/>
        <location line="+14"/>
        <location line="+65"/>
        <location line="+5"/>
        <source>Add evidence files</source>
        <translation>إضافة ملفات أدلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/shortcuts.py" line="+101"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to the vault</source>
        <translation>إضافة إلى الخزنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and {count} more</source>
        <translation> و{count} غيرها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file itself, its name and its hash are fixed; make a working copy to change the file.</source>
        <translation>الملف نفسه واسمه وبصمته ثابتة؛ لتغيير الملف، يُنشأ منه نسخة عمل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each file is hashed (SHA-256) and kept encrypted in the case&apos;s vault exactly as it is; your copy is not changed.</source>
        <translation>تُحسب بصمة كل ملف (SHA-256) ويُحفظ مشفّراً في خزنة أدلة القضية كما هو تماماً؛ ولا تتغير النسخة الموجودة لديك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{count} file(s)&lt;/b&gt;: {names}</source>
        <translation>&lt;b&gt;الملفات ({count})&lt;/b&gt;: {names}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>what the file shows, in a few words</source>
        <translation>ما يُظهره الملف، في كلمات قليلة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a person (by pseudonym), an organisation, a device, a web site…</source>
        <translation>شخص (باسمه المستعار)، أو منظمة، أو جهاز، أو موقع ويب…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Do not write a protected witness&apos;s name here: use the pseudonym.</source>
        <translation>لا يُكتب هنا اسم شاهد محمي: يُستخدم الاسم المستعار.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Add a working copy</source>
        <translation>إضافة نسخة عمل</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/evidence/intake.py" line="+31"/>
        <source>Add working copy</source>
        <translation>إضافة نسخة عمل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A working copy (a cropped photo, a redacted PDF, a transcript) is kept as a separate item linked to “{name}”, with its own hash. The original stays untouched.</source>
        <translation>تُحفظ نسخة العمل (صورة مقصوصة، أو ملف PDF محجوب بعض محتواه، أو نص مفرّغ) عنصراً مستقلاً مرتبطاً بـ«{name}»، ولها بصمتها الخاصة. ويبقى الأصل دون مساس.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the working copy</source>
        <translation>اختيار نسخة العمل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cropped to the vehicle; faces blurred; transcript of 0:00–4:10…</source>
        <translation>قُصّت لتُظهر المركبة؛ طُمست الوجوه؛ تفريغ نصي من 0:00 إلى 4:10…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../hrdoc/gui/evidence/view.py" line="+11"/>
        <location line="+4"/>
        <source>What was altered</source>
        <translation>ما عُدّل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the file of the working copy.</source>
        <translation>يُرجى اختيار ملف نسخة العمل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say what was altered in this working copy (cropped, redacted, transcribed…).</source>
        <translation>يُرجى بيان ما عُدّل في نسخة العمل هذه (قصّ، حجب، تفريغ نصي…).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/gps_dialog.py" line="-20"/>
        <location filename="../../hrdoc/gui/evidence/items.py" line="+57"/>
        <location line="+31"/>
        <source>Use the photo&apos;s GPS position</source>
        <translation>استخدام موقع GPS للصورة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use as the incident&apos;s place</source>
        <translation>الاستخدام مكاناً للحادثة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{name}” carries the GPS position {latitude:.6f}, {longitude:.6f}. A camera records where it was, which is not always where the event happened, and a position can be edited: use it only if other evidence agrees.</source>
        <translation>يحمل «{name}» موقع GPS {latitude:.6f}، {longitude:.6f}. تسجّل آلة التصوير مكان وجودها، وهو ليس دائماً مكان وقوع الحدث، ويمكن تعديل الموقع: لا يُستخدم إلا إذا اتفقت معه أدلة أخرى.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GPS position of {name}</source>
        <translation>موقع GPS لـ{name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the new place</source>
        <translation>اسم المكان الجديد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new place is marked as an exact position. Undo takes it back.</source>
        <translation>يُوسم المكان الجديد بأنه موقع دقيق. ويمكن الرجوع عنه بالتراجع.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It replaces the incident&apos;s place now: {place}.</source>
        <translation>وهو يحل محل مكان الحادثة الحالي: {place}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the incident.</source>
        <translation>يُرجى اختيار الحادثة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the new place a name.</source>
        <translation>يُرجى إعطاء المكان الجديد اسماً.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/intake.py" line="-115"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folders cannot be added as one item; add the files in them: {folders}</source>
        <translation>لا يمكن إضافة المجلدات عنصراً واحداً؛ تُضاف الملفات التي فيها: {folders}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Added {name} to the vault (SHA-256 {sha256}).</source>
        <translation>أُضيف {name} إلى الخزنة (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added {count} files to the vault.</source>
        <translation>أُضيف {count} من الملفات إلى الخزنة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled: {count} file(s) added; the file being added when you cancelled was not kept.</source>
        <translation>أُلغيت العملية: أُضيف {count} من الملفات؛ ولم يُحفظ الملف الذي كان قيد الإضافة عند الإلغاء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These files were not added:

{problems}</source>
        <translation>لم تُضَف هذه الملفات:

{problems}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adding files to the vault…</source>
        <translation>جارٍ إضافة الملفات إلى الخزنة…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Added the working copy {name} (SHA-256 {sha256}) of {original}.</source>
        <translation>أُضيفت نسخة العمل {name} (SHA-256 {sha256}) من {original}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adding the working copy…</source>
        <translation>جارٍ إضافة نسخة العمل…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Fetching {url}…</source>
        <translation>جارٍ جلب {url}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keeping the capture in the vault…</source>
        <translation>جارٍ حفظ الالتقاط في الخزنة…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Captured {url} (HTTP {status} {reason}) at {time}; SHA-256 {sha256}.</source>
        <translation>التُقط {url} (HTTP {status} {reason}) في {time}؛ SHA-256 {sha256}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The site answered {status} {reason}: that answer is what was kept.</source>
        <translation>أجاب الموقع بـ {status} {reason}: وهذه الإجابة هي ما حُفظ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new source was made for the page: check its kind, author and date.</source>
        <translation>أُنشئ مصدر جديد للصفحة: يُرجى التحقق من نوعه ومؤلفه وتاريخه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capturing the page…</source>
        <translation>جارٍ التقاط الصفحة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capture URL</source>
        <translation>التقاط URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The page was not captured; nothing was stored.</source>
        <translation>لم تُلتقط الصفحة؛ ولم يُحفظ شيء.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Imported {name} as a capture made elsewhere (SHA-256 {sha256}).</source>
        <translation>استُورد {name} بوصفه التقاطاً أُجري في مكان آخر (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing the capture…</source>
        <translation>جارٍ استيراد الالتقاط…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import capture</source>
        <translation>استيراد التقاط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The capture was not imported; nothing was stored.</source>
        <translation>لم يُستورد الالتقاط؛ ولم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/items.py" line="-238"/>
        <source>{name} is described here but its file is kept elsewhere.</source>
        <translation>{name} موصوف هنا لكن ملفه محفوظ في مكان آخر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <location filename="../../hrdoc/gui/evidence/page.py" line="+120"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Decrypting {name} in memory…</source>
        <translation>جارٍ فك تشفير {name} في الذاكرة…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preparing the preview…</source>
        <translation>جارٍ إعداد المعاينة…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export “{name}” as</source>
        <translation>تصدير «{name}» باسم</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export cancelled: no copy was written.</source>
        <translation>أُلغي التصدير: لم تُكتب أي نسخة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported a copy of {name} for the {audience} audience to:
{path}</source>
        <translation>صُدّرت نسخة من {name} للجهة المستهدفة «{audience}» إلى:
{path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256 of the copy: {sha256}</source>
        <translation>بصمة SHA-256 للنسخة: {sha256}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed from the copy:</source>
        <translation>أُزيل من النسخة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing needed removing from this file.</source>
        <translation>لم يكن في هذا الملف ما يلزم إزالته.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy is identical to the original (same SHA-256).</source>
        <translation>النسخة مطابقة للأصل (البصمة SHA-256 نفسها).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/exchange/transfers.py" line="+212"/>
        <source>Exported {what} to {path}.</source>
        <translation>صُدّر {what} إلى {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was exported.</source>
        <translation>لم يُصدَّر شيء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied the SHA-256 of {name}.</source>
        <translation>نُسخت بصمة SHA-256 لـ{name}.</translation>
    </message>
    <message>
        <location line="+89"/>
        <location filename="../../hrdoc/gui/evidence/sharing_dialogs.py" line="+90"/>
        <source>Remove evidence file</source>
        <translation>إزالة ملف الدليل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was removed.</source>
        <translation>لم يُزَل شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed {name}. Its chain of custody keeps the reason.</source>
        <translation>أُزيل {name}. وتحتفظ سلسلة العهدة الخاصة به بالسبب.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This case has no incident yet; add one first.</source>
        <translation>لا توجد حادثة في هذه القضية بعد؛ تُضاف حادثة أولاً.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>GPS position read from the photo {name} (SHA-256 {sha256}).</source>
        <translation>موقع GPS مقروء من الصورة {name} (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The incident was not changed.</source>
        <translation>لم تتغير الحادثة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use the photo&apos;s GPS position as the incident&apos;s place</source>
        <translation>استخدام موقع GPS للصورة مكاناً للحادثة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The incident “{title}” now takes place at {place} ({latitude:.6f}, {longitude:.6f}).</source>
        <translation>أصبح مكان الحادثة «{title}» الآن {place} ({latitude:.6f}، {longitude:.6f}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Problems found:</source>
        <translation>المشكلات التي عُثر عليها:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Verify evidence files</source>
        <translation>التحقق من ملفات الأدلة</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No problem found.</source>
        <translation>لم يُعثر على أي مشكلة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verifying the evidence files…</source>
        <translation>جارٍ التحقق من ملفات الأدلة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verify</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/page.py" line="-78"/>
        <location filename="../../hrdoc/gui/forms/specs.py" line="+93"/>
        <location filename="../../hrdoc/gui/search_results.py" line="-3"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Add files…</source>
        <translation>إ&amp;ضافة ملفات…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add files to the case&apos;s evidence vault (or drop them on the window)</source>
        <translation>إضافة ملفات إلى خزنة أدلة القضية (أو إفلاتها على النافذة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;working copy…</source>
        <translation>إضافة نسخة &amp;عمل…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working copy…</source>
        <translation>نسخة عمل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a cropped, redacted or transcribed copy of the selected file, linked to it</source>
        <translation>إضافة نسخة مقصوصة أو محجوبة أو مفرّغة نصياً من الملف المحدد، مرتبطة به</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Capture URL…</source>
        <translation>الت&amp;قاط URL…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capture URL…</source>
        <translation>التقاط URL…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch a web page now and keep it as evidence (the site sees this computer&apos;s address)</source>
        <translation>جلب صفحة ويب الآن وحفظها دليلاً (يرى الموقع عنوان هذا الحاسوب)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import capture…</source>
        <translation>ا&amp;ستيراد التقاط…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import capture…</source>
        <translation>استيراد التقاط…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a page saved elsewhere (HTML, MHTML, PDF, WARC or screenshot) as evidence</source>
        <translation>حفظ صفحة محفوظة في مكان آخر (HTML أو MHTML أو PDF أو WARC أو لقطة شاشة) دليلاً</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preview</source>
        <translation>&amp;معاينة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the selected file, decrypted in memory only (Enter or double-click)</source>
        <translation>عرض الملف المحدد بعد فك تشفيره في الذاكرة فقط (Enter أو النقر المزدوج)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a copy of the selected file for an audience; for the public, without identifying metadata</source>
        <translation>كتابة نسخة من الملف المحدد لجهة مستهدفة؛ ولعامة الجمهور دون البيانات الوصفية التي تكشف الهوية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use photo&apos;s &amp;GPS as incident location…</source>
        <translation>استخدام موقع GPS للصورة مكاناً لل&amp;حادثة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPS → incident…</source>
        <translation>GPS ← حادثة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the GPS position in the selected photo the place of an incident (asks first)</source>
        <translation>جعل موقع GPS في الصورة المحددة مكاناً لحادثة (مع السؤال أولاً)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit &amp;details…</source>
        <translation>&amp;تعديل التفاصيل…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change what the selected file is filed under, its description, origin and visibility</source>
        <translation>تغيير ما أُدرج تحته الملف المحدد، ووصفه، ومصدره، ومستوى إتاحته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;SHA-256</source>
        <translation>&amp;نسخ بصمة SHA-256</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected file&apos;s full SHA-256 to the clipboard</source>
        <translation>نسخ بصمة SHA-256 الكاملة للملف المحدد إلى الحافظة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove…</source>
        <translation>إ&amp;زالة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected file from the vault (asks for a reason, kept in its chain of custody)</source>
        <translation>إزالة الملف المحدد من الخزنة (مع طلب سبب يُحفظ في سلسلة العهدة الخاصة به)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify all files…</source>
        <translation>التحقق من &amp;كل الملفات…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-hash every file in the vault and check every chain of custody</source>
        <translation>إعادة حساب بصمة كل ملف في الخزنة والتحقق من كل سلسلة عهدة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/preview.py" line="+136"/>
        <source>This image could not be decoded for a preview.</source>
        <translation>تعذّر فك ترميز هذه الصورة لمعاينتها.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This PDF cannot be shown here (it may be damaged or protected by a password).</source>
        <translation>لا يمكن عرض ملف PDF هذا هنا (ربما يكون تالفاً أو محمياً بكلمة مرور).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The preview shows the first {shown} of {total} pages.</source>
        <translation>تعرض المعاينة أول {shown} من أصل {total} صفحة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This compressed web archive could not be unpacked for a preview.</source>
        <translation>تعذّر فك ضغط أرشيف الويب المضغوط هذا لمعاينته.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview shows the beginning of the text only.</source>
        <translation>تعرض المعاينة بداية النص فقط.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hrdoc cannot show a {kind} here. Export a copy to open it with another program.</source>
        <translation>لا يستطيع hrdoc عرض ملف من نوع {kind} هنا. لفتحه ببرنامج آخر، تُصدَّر نسخة منه.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Preview — {name}</source>
        <translation>معاينة — {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decrypted in memory only: nothing is written to disk. This viewing is recorded in the file&apos;s chain of custody.</source>
        <translation>فُكّ التشفير في الذاكرة فقط: لا يُكتب شيء على القرص. ويُسجَّل هذا العرض في سلسلة عهدة الملف.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} بكسل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/workspace/chronology_page.py" line="+64"/>
        <location filename="../../hrdoc/gui/workspace/map_page.py" line="+134"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/workspace/chronology_page.py" line="-1"/>
        <location filename="../../hrdoc/gui/workspace/map_page.py" line="+1"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../hrdoc/gui/report_dialog.py" line="+434"/>
        <location filename="../../hrdoc/services/reporting/renderer.py" line="+171"/>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} page(s)</source>
        <translation>عدد الصفحات: {count}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The page&apos;s source is shown as text; it is not opened as a web page.</source>
        <translation>تُعرض شفرة الصفحة المصدرية نصاً؛ ولا تُفتح صفحة ويب.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/sharing_dialogs.py" line="-59"/>
        <source>A copy cleaned of whatever identifies a place, a person, a device or a time (GPS position, camera, authors, dates): pictures are re-encoded, PDFs rewritten. Files hrdoc cannot clean (saved web pages, e-mails, text, recordings, office documents) are refused, saying what to export instead. Only files marked public.</source>
        <translation>نسخة منقّاة من كل ما يحدد مكاناً أو شخصاً أو جهازاً أو وقتاً (موقع GPS، آلة التصوير، المؤلفون، التواريخ): يُعاد ترميز الصور، وتُعاد كتابة ملفات PDF. أما الملفات التي لا يستطيع hrdoc تنقيتها (صفحات الويب المحفوظة، رسائل البريد الإلكتروني، النصوص، التسجيلات، المستندات المكتبية) فتُرفض مع بيان ما يمكن تصديره بدلاً منها. للملفات الموسومة بأنها علنية فقط.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An exact copy of the file (public and restricted files).</source>
        <translation>نسخة مطابقة تماماً للملف (الملفات العلنية والمقيّدة).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An exact copy of the file, whatever its visibility.</source>
        <translation>نسخة مطابقة تماماً للملف، أياً كان مستوى إتاحته.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export “{name}”</source>
        <translation>تصدير «{name}»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose where…</source>
        <translation>اختيار المكان…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is {visibility}. Who is the copy for? The original in the vault is never changed.</source>
        <translation>هذا الملف {visibility}. لمن النسخة؟ لا يتغير الأصل المحفوظ في الخزنة أبداً.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/evidence.py" line="-9"/>
        <location filename="../../hrdoc/gui/evidence/sharing_dialogs.py" line="+4"/>
        <location filename="../../hrdoc/gui/exchange/export_dialog.py" line="+55"/>
        <location filename="../../hrdoc/gui/exchange/import_dialog.py" line="+6"/>
        <location filename="../../hrdoc/gui/report_dialog.py" line="-219"/>
        <location filename="../../hrdoc/gui/user_guide.py" line="+103"/>
        <location filename="../../hrdoc/services/reporting/front.py" line="+49"/>
        <source>Audience</source>
        <translation>الجهة المستهدفة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/sharing_dialogs.py" line="+34"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove “{name}” from the case? Its file is deleted from the vault. Its chain of custody stays, ending with who removed it, when and why. This cannot be undone.</source>
        <translation>هل يُزال «{name}» من القضية؟ سيُحذف ملفه من الخزنة. وتبقى سلسلة العهدة الخاصة به، منتهية بمن أزاله ومتى ولماذا. ولا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why is it removed? (required; kept in the chain of custody)</source>
        <translation>لماذا يُزال؟ (إلزامي؛ يُحفظ في سلسلة العهدة)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/evidence.py" line="+13"/>
        <location filename="../../hrdoc/gui/evidence/sharing_dialogs.py" line="+1"/>
        <location line="+2"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/sharing_dialogs.py" line="+6"/>
        <source>Say why the file is removed.</source>
        <translation>يُرجى بيان سبب إزالة الملف.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/table.py" line="-34"/>
        <source>SHA-256 recorded at intake: {sha256}</source>
        <translation>بصمة SHA-256 المسجّلة عند الإدخال: {sha256}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/render.py" line="+179"/>
        <source>Fatalities</source>
        <translation>الوفيات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none recorded</source>
        <translation>لم تُسجَّل أي موافقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none given</source>
        <translation>لم تُمنح أي موافقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/evidence/table.py" line="+19"/>
        <location filename="../../hrdoc/gui/exchange/conflict_views.py" line="+176"/>
        <location filename="../../hrdoc/gui/exchange/import_dialog.py" line="+3"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/evidence/table.py" line="+0"/>
        <location filename="../../hrdoc/gui/exchange/conflict_views.py" line="+0"/>
        <location filename="../../hrdoc/gui/exchange/import_dialog.py" line="+0"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../hrdoc/gui/evidence/table.py" line="+4"/>
        <location filename="../../hrdoc/gui/evidence/view.py" line="-251"/>
        <location filename="../../hrdoc/gui/exchange/import_dialog.py" line="+2"/>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="-18"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="+64"/>
        <source>Evidence files</source>
        <translation>ملفات الأدلة</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown</source>
        <comment>value</comment>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location line="+78"/>
        <location filename="../../hrdoc/gui/exchange/import_dialog.py" line="-37"/>
        <location line="+33"/>
        <location filename="../../hrdoc/gui/workspace/detail.py" line="+337"/>
        <location filename="../../hrdoc/services/evidence/store.py" line="+101"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>(also {names})</source>
        <translation>(أيضاً {names})</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>version {number} of {count}</source>
        <translation>النسخة {number} من {count}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{account} of {witness}</source>
        <translation>{account} {witness}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>({number} of {count})</source>
        <translation>({number} من {count})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>best {best}, low {low}, high {high}</source>
        <translation>الأرجح {best}، الأدنى {low}، الأعلى {high}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/table.py" line="+14"/>
        <location filename="../../hrdoc/services/evidence/store.py" line="-1"/>
        <source>{kind} (deleted)</source>
        <translation>{kind} (محذوف)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/view.py" line="-20"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="-69"/>
        <source>When (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="+1"/>
        <source>Arrived here (UTC)</source>
        <translation>وصل إلى هنا (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="+1"/>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="+1"/>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="+4"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 then</source>
        <translation>بصمة SHA-256 آنذاك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select a file to see its metadata and chain of custody.</source>
        <translation>يُحدَّد ملف لعرض بياناته الوصفية وسلسلة العهدة الخاصة به.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected file</source>
        <translation>تفاصيل الملف المحدد</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <location line="+50"/>
        <location line="+71"/>
        <source>Chain of custody</source>
        <translation>سلسلة العهدة</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The case itself</source>
        <translation>القضية نفسها</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source: {source}</source>
        <translation>المصدر: {source}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Chain of custody: cannot be read ({error})</source>
        <translation>سلسلة العهدة: تتعذّر قراءتها ({error})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 entry</source>
        <translation>قيد واحد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} entries</source>
        <translation>عدد القيود: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain of custody of {name}: {entries}, each sealed with the hash of the one before</source>
        <translation>سلسلة عهدة {name}: {entries}، كل منها مختوم ببصمة القيد الذي يسبقه</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SHA-256 of the file at that moment: {sha256}</source>
        <translation>بصمة SHA-256 للملف في تلك اللحظة: {sha256}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry hash {hash}</source>
        <translation>بصمة القيد {hash}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>in the vault, encrypted</source>
        <translation>في الخزنة، مشفّر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held elsewhere (only described here; its hash is as entered)</source>
        <translation>محفوظ في مكان آخر (موصوف هنا فقط؛ وبصمته كما أُدخلت)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{size} ({bytes} bytes)</source>
        <translation>{size} ({bytes} بايت)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept</source>
        <translation>مكان الحفظ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/services/reporting/annexes.py" line="+0"/>
        <source>Acquired</source>
        <translation>تاريخ الحصول عليه</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a removed item</source>
        <translation>عنصر مُزال</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Working copy of</source>
        <translation>نسخة عمل من</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>an original not in this store (withheld from the copy of the case it came in)</source>
        <translation>أصل غير موجود في قاعدة البيانات هذه (غير مُفصَح عنه في نسخة القضية التي وردت فيها)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capture of an online page</source>
        <translation>التقاط صفحة على الإنترنت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metadata read from the file</source>
        <translation>البيانات الوصفية المقروءة من الملف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None found: no capture time, position or device is recorded in the file.</source>
        <translation>لم يُعثر على شيء: لا يسجّل الملف وقت التقاط ولا موقعاً ولا جهازاً.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Working copies</source>
        <translation>نسخ العمل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/acled.py" line="-16"/>
        <source>Restricted: the team and partners (recommended)</source>
        <translation>مقيّد: الفريق والشركاء (موصى به)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public: may appear in public reports</source>
        <translation>علني: يجوز أن يظهر في التقارير العلنية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential: the team only</source>
        <translation>سري: الفريق وحده</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+141"/>
        <location line="+10"/>
        <location line="+4"/>
        <source>Import ACLED CSV</source>
        <translation>استيراد ملف CSV بصيغة ACLED</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Import the events of {file} as incidents of {case}, with their places, actors and sources. Rows that cannot be read are listed by line number afterwards; the import cannot be undone with Edit → Undo.</source>
        <translation>استيراد أحداث {file} بوصفها حوادث في {case}، مع أماكنها وجهاتها الفاعلة ومصادرها. تُسرد بعد ذلك الصفوف التي تتعذّر قراءتها بأرقام أسطرها؛ ولا يمكن التراجع عن الاستيراد عبر تحرير ← تراجع.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New records are:</source>
        <translation>السجلات الجديدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import nothing if any row is rejected</source>
        <translation>عدم استيراد أي شيء إذا رُفض أي صف</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+145"/>
        <location line="+8"/>
        <source>Export incidents as ACLED CSV</source>
        <translation>تصدير الحوادث في ملف CSV بصيغة ACLED</translation>
    </message>
    <message>
        <location line="-153"/>
        <location filename="../../hrdoc/gui/exchange/export_dialog.py" line="-13"/>
        <location filename="../../hrdoc/gui/exchange/sync_dialog.py" line="+72"/>
        <location filename="../../hrdoc/gui/exchange/table_export.py" line="+102"/>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the incidents of {case} as an ACLED-style CSV file, with their places, actors and sources. Witnesses and victims are never included.</source>
        <translation>كتابة حوادث {case} في ملف CSV على نمط ACLED، مع أماكنها وجهاتها الفاعلة ومصادرها. ولا يُدرج الشهود والضحايا أبداً.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../hrdoc/gui/exchange/table_export.py" line="-2"/>
        <source>For:</source>
        <translation>الجهة المستهدفة:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{file} has no rows to import: only its first line, the column names.</source>
        <translation>لا يحتوي {file} على صفوف للاستيراد: فيه سطره الأول فقط، أي أسماء الأعمدة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported from {file}: {rejected} of {rows} rows were rejected.</source>
        <translation>لم يُستورد شيء من {file}: رُفض {rejected} من أصل {rows} صف.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You asked for nothing to be imported while any row is rejected.</source>
        <translation>طُلب عدم استيراد أي شيء ما دام هناك صف مرفوض.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported {imported} of {rows} rows from {file} as incidents of {case}, with {places} new places, {actors} new actors, {sources} new sources and {links} source links.</source>
        <translation>استُورد {imported} من أصل {rows} صف من {file} بوصفها حوادث في {case}، ومعها أماكن جديدة ({places})، وجهات فاعلة جديدة ({actors})، ومصادر جديدة ({sources})، وصلات مصادر ({links}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ignored columns (not ACLED columns): {columns}</source>
        <translation>أعمدة متجاهَلة (ليست من أعمدة ACLED): {columns}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/services/acled_read.py" line="+189"/>
        <source>line {line}: {message}</source>
        <translation>السطر {line}: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/services/acled_read.py" line="+1"/>
        <source>line {line}: {message} (skipped)</source>
        <translation>السطر {line}: {message} (تم تخطيه)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import an ACLED CSV file</source>
        <translation>استيراد ملف CSV بصيغة ACLED</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading and checking the rows of {file}…</source>
        <translation>جارٍ قراءة صفوف {file} والتحقق منها…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>أُلغي الاستيراد: لم يُستورد شيء.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} rows were rejected and not imported; each is listed below with its line number. Correct them in a copy of the file holding only those rows, and import that copy.</source>
        <translation>رُفض {count} من الصفوف ولم يُستورد؛ ويُسرد كل منها أدناه برقم سطره. تُصحَّح في نسخة من الملف لا تحوي إلا تلك الصفوف، ثم تُستورد تلك النسخة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the incidents as</source>
        <translation>حفظ الحوادث باسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/exchange/table_export.py" line="+25"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wrote {count} incidents for the {audience} audience to {path}.</source>
        <translation>كُتبت الحوادث (عددها {count}) للجهة المستهدفة «{audience}» في {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was written.</source>
        <translation>لم يُكتب شيء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the incidents…</source>
        <translation>جارٍ كتابة الحوادث…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/common.py" line="+44"/>
        <location filename="../../hrdoc/services/sharing.py" line="+73"/>
        <source>Public</source>
        <translation>عامة الجمهور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Internal</source>
        <translation>داخلي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only records marked public, without working notes; evidence files are described, not included.</source>
        <translation>السجلات الموسومة بأنها علنية فقط، دون ملاحظات العمل؛ وتُوصف ملفات الأدلة ولا تُدرج.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public and restricted records with their evidence files; accounts only where the witness agreed to sharing with partners. No identities, no working notes.</source>
        <translation>السجلات العلنية والمقيّدة مع ملفات أدلتها؛ والإفادات فقط حيث وافق الشاهد على المشاركة مع الشركاء. دون هويات ودون ملاحظات عمل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything, to move the case to a colleague: every record, working notes, logs and evidence files.</source>
        <translation>كل شيء، لنقل القضية إلى زميل: كل السجلات، وملاحظات العمل، وسجل التدقيق وسلسلة العهدة، وملفات الأدلة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It holds the legal names, contacts and residences of witnesses and victims: encrypt it and hand it only to your own team.</source>
        <translation>تحتوي على الأسماء القانونية للشهود والضحايا وبيانات الاتصال بهم ومحال إقامتهم: شفّرها ولا تسلّمها إلا لفريقك.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/exchange.py" line="+139"/>
        <location filename="../../hrdoc/gui/exchange/common.py" line="+40"/>
        <source>Records added: {records}</source>
        <translation>السجلات المضافة: {records}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/exchange/common.py" line="+1"/>
        <source>Records updated: {records}</source>
        <translation>السجلات المحدَّثة: {records}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/exchange/common.py" line="+1"/>
        <source>Unchanged: {unchanged}; newer here, kept: {kept}; deleted: {deleted}</source>
        <translation>دون تغيير: {unchanged}؛ أحدث هنا، أُبقي عليها: {kept}؛ محذوفة: {deleted}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hrdoc/gui/exchange/common.py" line="+3"/>
        <source>Account versions added: {versions}; evidence files added: {files}</source>
        <translation>نسخ الإفادات المضافة: {versions}؛ ملفات الأدلة المضافة: {files}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hrdoc/gui/exchange/common.py" line="+3"/>
        <source>Audit log entries added: {audit_entries}; custody log entries added: {custody_entries}</source>
        <translation>القيود المضافة إلى سجل التدقيق: {audit_entries}؛ القيود المضافة إلى سجل العهدة: {custody_entries}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/common.py" line="+6"/>
        <source>Conflicts (changed on both sides, both versions kept): {count}</source>
        <translation>التعارضات (تغيّرت في الجانبين، وحُفظت النسختان): {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From the team store, into this store:</source>
        <translation>من قاعدة بيانات الفريق إلى قاعدة البيانات هذه:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing: the team store did not have this case yet</source>
        <translation>لا شيء: لم تكن هذه القضية في قاعدة بيانات الفريق بعد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From this store, into the team store:</source>
        <translation>من قاعدة البيانات هذه إلى قاعدة بيانات الفريق:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Took the team store&apos;s audit log as it is now (recorded in this store&apos;s audit log), although {problem}.</source>
        <translation>اعتُمد سجل التدقيق في قاعدة بيانات الفريق بحالته الراهنة (وسُجّل ذلك في سجل التدقيق في قاعدة البيانات هذه)، رغم أن {problem}.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/conflict_views.py" line="-225"/>
        <source>changed on both sides</source>
        <translation>تغيّر في الجانبين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted here, changed there</source>
        <translation>حُذف هنا، وتغيّر هناك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed here, deleted there</source>
        <translation>تغيّر هنا، وحُذف هناك</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other version from</source>
        <translation>مصدر النسخة الأخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>تاريخ الاكتشاف</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+21"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+17"/>
        <source>This laptop</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+17"/>
        <source>Other version</source>
        <translation>النسخة الأخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source> — deleted</source>
        <translation> — محذوف</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Versions</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(none recorded)</source>
        <translation>(لم يُسجَّل شيء)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[protected — reveal to see]</source>
        <translation>[محمي — يلزم الكشف للاطلاع عليه]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted with it</source>
        <translation>حُذف معه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comes back with it</source>
        <translation>يعود معه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goes with it</source>
        <translation>يذهب معه</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Last saved</source>
        <translation>آخر حفظ</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{record} (not in this store)</source>
        <translation>{record} (غير موجود في قاعدة البيانات هذه)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(deleted)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Differs between the two versions</source>
        <translation>يختلف بين النسختين</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/conflicts.py" line="+70"/>
        <source>Conflicts — {case}</source>
        <translation>التعارضات — {case}</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+141"/>
        <location line="+76"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Open conflicts</source>
        <translation>التعارضات القائمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These records were changed both on this laptop and in another copy of the case (an imported bundle or the team store). Both versions are kept until you choose one; your choice travels with the next sync or bundle.</source>
        <translation>تغيّرت هذه السجلات على هذا الحاسوب وفي نسخة أخرى من القضية (حزمة مستوردة أو قاعدة بيانات الفريق). وتُحفظ النسختان إلى أن تُختار إحداهما؛ وينتقل الاختيار مع المزامنة أو الحزمة التالية.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Keep this laptop&apos;s version</source>
        <translation>الإبقاء على نسخة هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the other version</source>
        <translation>اعتماد النسخة الأخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hrdoc/gui/workspace/witnesses.py" line="+92"/>
        <source>Reveal identity…</source>
        <translation>كشف الهوية…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the protected identity on both sides (recorded in the audit log)</source>
        <translation>إظهار الهوية المحمية في الجانبين (يُسجَّل في سجل التدقيق)</translation>
    </message>
    <message>
        <location line="+103"/>
        <location filename="../../hrdoc/gui/forms/form.py" line="+511"/>
        <location filename="../../hrdoc/gui/workspace/witnesses.py" line="+25"/>
        <location line="+4"/>
        <source>Reveal identity</source>
        <translation>كشف الهوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revealing the identity in “{record}” is recorded in the audit log. Why do you need it?</source>
        <translation>يُسجَّل كشف الهوية في «{record}» في سجل التدقيق. ما سبب الحاجة إليه؟</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No open conflicts in this case.</source>
        <translation>لا توجد تعارضات قائمة في هذه القضية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} “{name}”</source>
        <translation>{kind} «{name}»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{record} was &lt;b&gt;deleted on this laptop&lt;/b&gt; but changed in the other version (from {origin}). Keeping this laptop&apos;s version keeps it deleted; taking the other version brings it back, with the records that come back with it.</source>
        <translation>{record} &lt;b&gt;حُذف على هذا الحاسوب&lt;/b&gt; لكنه تغيّر في النسخة الأخرى (من {origin}). الإبقاء على نسخة هذا الحاسوب يُبقيه محذوفاً؛ واعتماد النسخة الأخرى يُعيده، مع السجلات التي تعود معه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{record} was changed on this laptop but &lt;b&gt;deleted in the other version&lt;/b&gt; (from {origin}). Keeping this laptop&apos;s version keeps it, and what the other version deleted with it; taking the other version deletes it here too, with what depends on it.</source>
        <translation>{record} تغيّر على هذا الحاسوب لكنه &lt;b&gt;حُذف في النسخة الأخرى&lt;/b&gt; (من {origin}). الإبقاء على نسخة هذا الحاسوب يُبقيه، ويُبقي ما حذفته النسخة الأخرى معه؛ واعتماد النسخة الأخرى يحذفه هنا أيضاً، مع ما يعتمد عليه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{record} was changed on this laptop and in the other version (from {origin}).</source>
        <translation>تغيّر {record} على هذا الحاسوب وفي النسخة الأخرى (من {origin}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} field(s) differ; they are highlighted below.</source>
        <translation>عدد الحقول المختلفة: {count}؛ وهي مُبرزة أدناه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two versions differ only in when they were saved.</source>
        <translation>لا تختلف النسختان إلا في وقت حفظهما.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kept this laptop&apos;s version of “{record}”.</source>
        <translation>أُبقي على نسخة هذا الحاسوب من «{record}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took the other version of “{record}”.</source>
        <translation>اعتُمدت النسخة الأخرى من «{record}».</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/export_dialog.py" line="+0"/>
        <location filename="../../hrdoc/gui/exchange/transfers.py" line="-22"/>
        <location line="+23"/>
        <location line="+4"/>
        <source>Export case</source>
        <translation>تصدير القضية</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A bundle is one file holding the case as the chosen audience may receive it. Another hrdoc imports it with File → Import case, merging it with any copy of the case it already has.</source>
        <translation>الحزمة ملف واحد يحوي القضية بالقدر الذي يجوز أن تتلقاه الجهة المستهدفة المختارة. ويستوردها hrdoc آخر عبر ملف ← استيراد قضية، فيدمجها في أي نسخة من القضية موجودة لديه.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Encrypt with a bundle passphrase</source>
        <translation>التشفير بعبارة مرور للحزمة</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+84"/>
        <source>Bundle passphrase:</source>
        <translation>عبارة مرور الحزمة:</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Repeat it:</source>
        <translation>تكرارها:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tell the recipient the passphrase another way than the file travels: in person or by phone. It cannot be recovered.</source>
        <translation>تُبلَّغ عبارة المرور إلى المتلقي بطريقة غير الطريقة التي يُرسل بها الملف: حضورياً أو هاتفياً. ولا يمكن استردادها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A sentence of four or more unrelated words is easy to say and hard to guess.</source>
        <translation>الجملة المكوّنة من أربع كلمات غير مترابطة أو أكثر سهلة النطق وصعبة التخمين.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Without a passphrase anyone who gets the file can read everything in it, identities included.</source>
        <translation>دون عبارة مرور، يستطيع كل من يحصل على الملف قراءة كل ما فيه، بما في ذلك الهويات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a passphrase anyone who gets the file can read it.</source>
        <translation>دون عبارة مرور، يستطيع كل من يحصل على الملف قراءته.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a bundle passphrase, or leave the bundle unencrypted.</source>
        <translation>يُرجى إدخال عبارة مرور للحزمة، أو ترك الحزمة دون تشفير.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/gui/unlock.py" line="+150"/>
        <source>The passphrase is too short: use at least {count} characters.</source>
        <translation>عبارة المرور قصيرة جداً: يلزم ألا يقل طولها عن {count} حرفاً.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/gui/unlock.py" line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Encrypted bundle</source>
        <translation>حزمة مشفّرة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <comment>button</comment>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{file}” is encrypted. Enter its bundle passphrase.</source>
        <translation>«{file}» مشفّرة. يُرجى إدخال عبارة مرور الحزمة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the bundle passphrase.</source>
        <translation>يُرجى إدخال عبارة مرور الحزمة.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/import_dialog.py" line="-25"/>
        <source>no records besides the case</source>
        <translation>لا سجلات سوى القضية</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../hrdoc/gui/exchange/transfers.py" line="+29"/>
        <location line="+31"/>
        <location line="+38"/>
        <location line="+15"/>
        <source>Import case</source>
        <translation>استيراد قضية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bundle passed every check. It says:</source>
        <translation>اجتازت الحزمة كل عمليات التحقق. وهي تفيد بما يلي:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported by</source>
        <translation>صدّرها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not named in this copy</source>
        <translation>غير مذكور في هذه النسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported on</source>
        <translation>تاريخ التصدير</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypted</source>
        <translation>مشفّرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/user_guide.py" line="+1"/>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This bundle holds identities of witnesses or victims.</source>
        <translation>تحوي هذه الحزمة هويات شهود أو ضحايا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This store already has this case: the bundle is merged into it. A record changed in both copies keeps both versions, as a conflict for you to resolve; nothing is overwritten.</source>
        <translation>هذه القضية موجودة في قاعدة البيانات هذه: تُدمج الحزمة فيها. والسجل الذي تغيّر في النسختين تُحفظ نسختاه، بوصفه تعارضاً يلزم حله؛ ولا يُكتب شيء فوق شيء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This store does not have this case yet: it will be added.</source>
        <translation>هذه القضية غير موجودة في قاعدة البيانات هذه بعد: ستُضاف.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/result.py" line="+57"/>
        <source>{count} record(s) were changed both here and in the other copy. Both versions are kept until you choose one.</source>
        <translation>عدد السجلات التي تغيّرت هنا وفي النسخة الأخرى: {count}. وتُحفظ النسختان إلى أن تُختار إحداهما.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open conflicts…</source>
        <translation>فتح التعارضات…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/sync_dialog.py" line="-20"/>
        <location line="+112"/>
        <location filename="../../hrdoc/gui/exchange/transfers.py" line="+66"/>
        <location line="+34"/>
        <source>Sync with team store</source>
        <translation>المزامنة مع قاعدة بيانات الفريق</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Sync</source>
        <translation>مزامنة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync brings this laptop&apos;s copy of the case and the team store&apos;s copy together, in both. A change made on one side is taken; a record changed on both sides keeps both versions, as a conflict for you to resolve.</source>
        <translation>تجمع المزامنة بين نسخة القضية على هذا الحاسوب ونسختها في قاعدة بيانات الفريق، في الجانبين. يُعتمد التغيير الذي أُجري في جانب واحد؛ أما السجل الذي تغيّر في الجانبين فتُحفظ نسختاه، بوصفه تعارضاً يلزم حله.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>postgresql://user@server/hrdoc, or a store file</source>
        <translation>postgresql://user@server/hrdoc، أو ملف قاعدة بيانات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Team store:</source>
        <translation>قاعدة بيانات الفريق:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A store on a server takes your database password (left empty: the one in ~/.pgpass or PGPASSWORD); a store file, its passphrase. Neither is ever remembered.</source>
        <translation>قاعدة البيانات على خادم تتطلب كلمة مرورك لقاعدة البيانات (إذا تُركت فارغة: تُستخدم تلك الموجودة في ~/.pgpass أو PGPASSWORD)؛ وملف قاعدة البيانات يتطلب عبارة مروره. ولا تُحفظ أي منهما أبداً.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>if the server asks for one</source>
        <translation>إذا طلبها الخادم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its passphrase:</source>
        <translation>عبارة المرور الخاصة به:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the team store file</source>
        <translation>اختيار ملف قاعدة بيانات الفريق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hrdoc stores (*.db);;All files (*)</source>
        <translation>قواعد البيانات (*.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the team store: a postgresql:// URL or a store file.</source>
        <translation>يُرجى تحديد قاعدة بيانات الفريق: عنوان URL يبدأ بـ postgresql:// أو ملف قاعدة بيانات.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is this laptop&apos;s own store; give the team&apos;s store.</source>
        <translation>هذه قاعدة بيانات هذا الحاسوب نفسه؛ يُرجى تحديد قاعدة بيانات الفريق.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no store file at {path}.</source>
        <translation>لا يوجد ملف قاعدة بيانات في {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the passphrase of the team store file.</source>
        <translation>يُرجى إدخال عبارة مرور ملف قاعدة بيانات الفريق.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nothing was synced: the team store {store} is not as this laptop last saw it.</source>
        <translation>لم تُجرَ أي مزامنة: قاعدة بيانات الفريق {store} ليست على الحال التي رآها عليها هذا الحاسوب آخر مرة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tell your team and whoever runs its server, and compare with the other laptops before trusting it. Once you know why (a restore from an older backup, say), you can take its log as it is now.</source>
        <translation>يُبلَّغ الفريق ومن يدير خادمه، وتُجرى المقارنة مع الحواسيب الأخرى قبل الوثوق بها. ومتى عُرف السبب (استعادة من نسخة احتياطية أقدم، مثلاً)، يمكن اعتماد سجلها بحالته الراهنة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accept the team&apos;s log as it is now…</source>
        <translation>قبول سجل الفريق بحالته الراهنة…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accept the team&apos;s log</source>
        <translation>قبول سجل الفريق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the team store&apos;s audit log as it is now, and sync?</source>
        <translation>هل يُعتمد سجل التدقيق في قاعدة بيانات الفريق بحالته الراهنة، وتُجرى المزامنة؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop stops comparing it with what it saw at its last sync. That you accepted it, and what was wrong, are recorded in this store&apos;s audit log, under your name.</source>
        <translation>يتوقف هذا الحاسوب عن مقارنته بما رآه في آخر مزامنة. ويُسجَّل قبوله وما كان خاطئاً في سجل التدقيق في قاعدة البيانات هذه، باسمك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept and sync</source>
        <translation>القبول والمزامنة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/render.py" line="-288"/>
        <location filename="../../hrdoc/gui/exchange/table_export.py" line="-88"/>
        <location filename="../../hrdoc/gui/models/case_table.py" line="+48"/>
        <location filename="../../hrdoc/gui/search_results.py" line="-8"/>
        <location filename="../../hrdoc/gui/workspace/map_page.py" line="+52"/>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="-7"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="+77"/>
        <location filename="../../hrdoc/services/reporting/front.py" line="+88"/>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/table_export.py" line="+1"/>
        <location filename="../../hrdoc/gui/search_results.py" line="+1"/>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="+1"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="+21"/>
        <location filename="../../hrdoc/gui/workspace/related_list.py" line="+63"/>
        <location filename="../../hrdoc/services/reporting/front.py" line="+1"/>
        <source>Allegations</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/workspace/map_page.py" line="-1"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="-47"/>
        <location line="+63"/>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/render.py" line="+1"/>
        <location filename="../../hrdoc/gui/exchange/table_export.py" line="+1"/>
        <location filename="../../hrdoc/gui/search_results.py" line="+1"/>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="+2"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="-62"/>
        <location line="+77"/>
        <source>Actors</source>
        <translation>الجهات الفاعلة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/table_export.py" line="+1"/>
        <source>Alleged perpetrators (allegation × actor)</source>
        <translation>الجناة المزعومون (ادعاء × جهة فاعلة)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/render.py" line="+1"/>
        <location filename="../../hrdoc/gui/exchange/table_export.py" line="+1"/>
        <location filename="../../hrdoc/gui/forms/related.py" line="+0"/>
        <location filename="../../hrdoc/gui/search_results.py" line="+5"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="-76"/>
        <location line="+90"/>
        <location filename="../../hrdoc/gui/workspace/related_list.py" line="+3"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="-27"/>
        <source>Victims</source>
        <translation>الضحايا</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/table_export.py" line="+1"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="+30"/>
        <source>Victims of allegations</source>
        <translation>ضحايا الادعاءات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses (pseudonyms only)</source>
        <translation>الشهود (الأسماء المستعارة فقط)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts (current versions)</source>
        <translation>الإفادات (النسخ الحالية)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/render.py" line="+3"/>
        <location filename="../../hrdoc/gui/exchange/table_export.py" line="+1"/>
        <location filename="../../hrdoc/gui/search_results.py" line="-2"/>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="+3"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="-112"/>
        <location line="+124"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/table_export.py" line="+1"/>
        <source>Evidence files (descriptions and hashes)</source>
        <translation>ملفات الأدلة (الأوصاف والبصمات)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/workspace/matrix.py" line="+234"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="-122"/>
        <source>Evidence links</source>
        <translation>صلات الإثبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported figures (who reports how many of whom)</source>
        <translation>الأرقام المُبلَّغ عنها (من يُبلغ عن كم شخصاً ومن هم)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Internal: everything the team may see</source>
        <translation>داخلي: كل ما يجوز للفريق الاطلاع عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners: public and restricted records, accounts with consent to share</source>
        <translation>الشركاء: السجلات العلنية والمقيّدة، والإفادات التي وافق أصحابها على مشاركتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public: public records only</source>
        <translation>عامة الجمهور: السجلات العلنية فقط</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+62"/>
        <source>Export table as CSV</source>
        <translation>تصدير جدول بصيغة CSV</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Write one table of {case} as a CSV file for a spreadsheet. Witness identities are never included.</source>
        <translation>كتابة جدول واحد من {case} في ملف CSV لجدول بيانات. ولا تُدرج هويات الشهود أبداً.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Table:</source>
        <translation>الجدول:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save the table as</source>
        <translation>حفظ الجدول باسم</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Table exported</source>
        <translation>صُدّر الجدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {rows} rows of {table} for the {audience} audience to {path}.</source>
        <translation>كُتبت صفوف {table} (عددها {rows}) للجهة المستهدفة «{audience}» في {path}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the table…</source>
        <translation>جارٍ كتابة الجدول…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/transfers.py" line="-267"/>
        <source>Save the bundle as</source>
        <translation>حفظ الحزمة باسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hrdoc case bundles (*.hrdoc)</source>
        <translation>حزم القضايا (*.hrdoc)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exporting {case}…</source>
        <translation>جارٍ تصدير {case}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case was not exported; no file was written.</source>
        <translation>لم تُصدَّر القضية؛ ولم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export cancelled: no file was written.</source>
        <translation>أُلغي التصدير: لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote {path}: case {case} for the {audience} audience, {records} records and {files} evidence file(s), {encryption}.</source>
        <translation>كُتب {path}: القضية {case} للجهة المستهدفة «{audience}»، وعدد السجلات {records} وعدد ملفات الأدلة {files}، {encryption}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>encrypted</source>
        <translation>مشفّرة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT encrypted</source>
        <translation>غير مشفّرة</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../hrdoc/gui/report_dialog.py" line="+274"/>
        <source>{name} already exists. Replace it?</source>
        <translation>الملف {name} موجود بالفعل. هل يُستبدل؟</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import a case bundle</source>
        <translation>استيراد حزمة قضية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hrdoc case bundles (*.hrdoc);;All files (*)</source>
        <translation>حزم القضايا (*.hrdoc);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The bundle cannot be read.</source>
        <translation>تتعذّر قراءة الحزمة.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This bundle is encrypted: enter its passphrase.</source>
        <translation>هذه الحزمة مشفّرة: يُرجى إدخال عبارة مرورها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+38"/>
        <source>The bundle was not imported; nothing was changed.</source>
        <translation>لم تُستورد الحزمة؛ ولم يتغير شيء.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Checking {name}…</source>
        <translation>جارٍ التحقق من {name}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation>أُلغي الاستيراد: لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Importing {name}…</source>
        <translation>جارٍ استيراد {name}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{case} was added to this store from {file}.</source>
        <translation>أُضيفت القضية {case} إلى قاعدة البيانات هذه من {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} was merged into this store&apos;s copy of {case}.</source>
        <translation>دُمج {file} في نسخة القضية {case} الموجودة في قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported {name}.</source>
        <translation>استُورد {name}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Opening the team store…</source>
        <translation>جارٍ فتح قاعدة بيانات الفريق…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrong passphrase for the team store file, or it is not an hrdoc store.</source>
        <translation>عبارة المرور غير صحيحة لملف قاعدة بيانات الفريق، أو أنه ليس قاعدة بيانات hrdoc.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sync did not complete. What it had already merged into this store is kept; sync again.</source>
        <translation>لم تكتمل المزامنة. يُحتفظ بما سبق دمجه في قاعدة البيانات هذه؛ تُعاد المزامنة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncing {case} with the team store…</source>
        <translation>جارٍ مزامنة {case} مع قاعدة بيانات الفريق…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync cancelled. Anything already merged into this store is kept; sync again to finish.</source>
        <translation>أُلغيت المزامنة. يُحتفظ بكل ما سبق دمجه في قاعدة البيانات هذه؛ ولإتمامها تُعاد المزامنة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not synced: the team store&apos;s audit log is not as this laptop last saw it.</source>
        <translation>لم تُجرَ المزامنة: سجل التدقيق في قاعدة بيانات الفريق ليس على الحال التي رآه عليها هذا الحاسوب آخر مرة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Synced {case} with the team store.</source>
        <translation>تمت مزامنة {case} مع قاعدة بيانات الفريق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{case} was synced with the team store at {store}.</source>
        <translation>تمت مزامنة {case} مع قاعدة بيانات الفريق في {store}.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/adopt.py" line="+50"/>
        <source>Actor not added</source>
        <translation>لم تُضَف الجهة الفاعلة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/country.py" line="+30"/>
        <location filename="../../hrdoc/gui/forms/fields.py" line="+111"/>
        <location line="+31"/>
        <location line="+70"/>
        <source>— none —</source>
        <translation>— لا شيء —</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>country</source>
        <translation>بلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a country&apos;s name in English, French or Arabic, or its two-letter code</source>
        <translation>يُكتب اسم البلد بالإنكليزية أو بالفرنسية أو بالعربية، أو رمزه المكوّن من حرفين</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/dialog.py" line="+75"/>
        <source>New {kind}</source>
        <translation>إضافة {kind}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit {kind}</source>
        <translation>تعديل {kind}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the {kind}</source>
        <translation>حفظ {kind}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/fields.py" line="-121"/>
        <source>for example {date}, or empty if unknown</source>
        <translation>مثلاً {date}، أو يُترك فارغاً إن لم يكن معروفاً</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/render.py" line="+299"/>
        <location filename="../../hrdoc/gui/forms/fields.py" line="+5"/>
        <location filename="../../hrdoc/gui/workspace/witnesses.py" line="+11"/>
        <source>[protected]</source>
        <translation>[محمي]</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/fields.py" line="+15"/>
        <location line="+20"/>
        <location line="+11"/>
        <location filename="../../hrdoc/gui/forms/related_table.py" line="+177"/>
        <source>— choose —</source>
        <translation>— اختيار —</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>— not graded —</source>
        <translation>— دون تصنيف —</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../build/translations/computed_strings.py" line="+63"/>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="-27"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+0"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location line="+77"/>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>— a record not in this case —</source>
        <translation>— سجل ليس في هذه القضية —</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“{text}” is not a date: write it as {date} or as YYYY-MM-DD</source>
        <translation>«{text}» ليس تاريخاً: يُكتب بالصيغة {date} أو بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../hrdoc/domain/validation.py" line="+149"/>
        <location filename="../../hrdoc/gui/forms/fields.py" line="+11"/>
        <source>a whole number</source>
        <translation>عدداً صحيحاً</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/fields.py" line="+0"/>
        <source>a number</source>
        <translation>عدداً</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text!r} is not {what}; leave it empty if unknown</source>
        <translation>{text!r} ليس {what}؛ يُترك فارغاً إن لم يكن معروفاً</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/form.py" line="-244"/>
        <source>What the witness said</source>
        <translation>ما قاله الشاهد</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/render.py" line="-311"/>
        <location filename="../../hrdoc/gui/forms/form.py" line="+1"/>
        <location filename="../../hrdoc/gui/workspace/page.py" line="+95"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/form.py" line="+1"/>
        <source>Protected identity (never shown in reports or exports)</source>
        <translation>الهوية المحمية (لا تظهر أبداً في التقارير أو عمليات التصدير)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Masked. Revealing them is recorded in the audit log.</source>
        <translation>مخفية. ويُسجَّل كشفها في سجل التدقيق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reveal to edit…</source>
        <translation>الكشف للتعديل…</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Discard the changes to this {kind}?</source>
        <translation>هل تُتجاهل التغييرات التي أُجريت على هذا السجل ({kind})؟</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Undo of the correction: {note}</source>
        <translation>التراجع عن التصحيح: {note}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revealing this {kind}&apos;s identity is recorded in the audit log. Why do you need it?</source>
        <translation>يُسجَّل كشف الهوية ({kind}) في سجل التدقيق. ما سبب الحاجة إليه؟</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This is version {version}. Changing what the witness said saves a new version beside the old one: say why in the correction note.</source>
        <translation>هذه هي النسخة {version}. تغيير ما قاله الشاهد يحفظ نسخة جديدة إلى جانب القديمة: يُبيَّن السبب في ملاحظة التصحيح.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/keys.py" line="+52"/>
        <source>Discard changes?</source>
        <translation>هل تُتجاهل التغييرات؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you typed in this form is lost if you discard it.</source>
        <translation>ما كُتب في هذا النموذج يضيع إذا تُجوهل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/workspace/detail.py" line="+108"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;تجاهل التغييرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/workspace/detail.py" line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;مواصلة التعديل</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Discard the changes to this form?</source>
        <translation>هل تُتجاهل التغييرات التي أُجريت على هذا النموذج؟</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/picker.py" line="+305"/>
        <source>record</source>
        <translation>سجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for a {kind}</source>
        <translation>البحث عن {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name or another spelling</source>
        <translation>يُكتب اسم أو تهجئة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching records</source>
        <translation>السجلات المطابقة</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{name} (also {also})</source>
        <translation>{name} (أيضاً {also})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{label} — from {source}</source>
        <translation>{label} — من {source}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New {kind} “{typed}”…</source>
        <translation>إنشاء {kind} «{typed}»…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New {kind}…</source>
        <translation>إنشاء {kind}…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/related.py" line="-3"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="+97"/>
        <location filename="../../hrdoc/gui/workspace/related_list.py" line="-1"/>
        <location filename="../../hrdoc/services/reporting/front.py" line="+27"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+33"/>
        <source>Alleged perpetrators</source>
        <translation>الجناة المزعومون</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add &amp;perpetrator</source>
        <translation>إضافة &amp;جانٍ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Perpetrator</source>
        <translation>الجاني</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;victim</source>
        <translation>إضافة &amp;ضحية</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Saved with the {kind}.</source>
        <translation>يُحفظ عند حفظ {kind}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A row is saved as soon as you leave it; Undo (Ctrl+Z in the main window) takes it back.</source>
        <translation>يُحفظ الصف بمجرد مغادرته؛ ويُلغى بالتراجع (Ctrl+Z في النافذة الرئيسية).</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>choose a {kind}, or remove the row with Ctrl+Delete</source>
        <translation>يُرجى اختيار {kind}، أو إزالة الصف بـ Ctrl+Delete</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is named in {row} already; remove one of the rows</source>
        <translation>{name} مذكور في {row} بالفعل؛ يُرجى إزالة أحد الصفين</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../../hrdoc/gui/undo.py" line="+103"/>
        <source>create {kind}</source>
        <translation>إنشاء {kind}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>add {kind}</source>
        <translation>إضافة {kind}</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/undo.py" line="+38"/>
        <source>edit {kind}</source>
        <translation>تعديل {kind}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/related_table.py" line="-40"/>
        <source>Add a row (Insert in a row); Ctrl+Delete removes the row you are in</source>
        <translation>إضافة صف (Insert داخل صف)؛ ويزيل Ctrl+Delete الصف الحالي</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None yet.</source>
        <translation>لا شيء بعد.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} (new)</source>
        <translation>{name} (جديد)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Remove {row} {number}</source>
        <translation>إزالة {row} {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this row (Ctrl+Delete)</source>
        <translation>إزالة هذا الصف (Ctrl+Delete)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/related_undo.py" line="+39"/>
        <source>remove {kind}</source>
        <translation>إزالة {kind}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../hrdoc/gui/undo.py" line="-26"/>
        <location line="+38"/>
        <source>undo</source>
        <translation>التراجع عن</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../hrdoc/gui/undo.py" line="-24"/>
        <location line="+33"/>
        <source>redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/specs.py" line="+1"/>
        <source>Allegation or incident</source>
        <translation>الادعاء أو الحادثة</translation>
    </message>
    <message>
        <location line="+275"/>
        <source>Account of {witness} (version {version})</source>
        <translation>إفادة {witness} (النسخة {version})</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_menus.py" line="+52"/>
        <source>&amp;Lock now</source>
        <translation>&amp;قفل الآن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock hrdoc now; open forms are kept as drafts</source>
        <translation>قفل hrdoc الآن؛ وتُحفظ النماذج المفتوحة مسودات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/shortcuts.py" line="-25"/>
        <source>Read the case list and the open case again</source>
        <translation>إعادة قراءة قائمة القضايا والقضية المفتوحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter cases</source>
        <translation>ت&amp;صفية القضايا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Case list</source>
        <translation>&amp;قائمة القضايا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show or hide the case list</source>
        <translation>إظهار قائمة القضايا أو إخفاؤها</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../hrdoc/gui/preferences.py" line="+276"/>
        <location filename="../../hrdoc/gui/unlock.py" line="-97"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search all cases…</source>
        <translation>&amp;بحث في كل القضايا…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search every case&apos;s records</source>
        <translation>البحث في سجلات كل القضايا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About hrdoc</source>
        <translation>&amp;حول hrdoc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User &amp;guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How to enter a case, who sees what, the keys</source>
        <translation>كيفية إدخال قضية، ومن يرى ماذا، والمفاتيح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Report…</source>
        <translation>&amp;تقرير…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a PDF report of the selected case for an audience</source>
        <translation>إعداد تقرير PDF عن القضية المحددة لجهة مستهدفة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export case…</source>
        <translation>تصدير القض&amp;ية…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the selected case to a bundle file for a colleague or partner</source>
        <translation>كتابة القضية المحددة في ملف حزمة لزميل أو شريك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import case…</source>
        <translation>ا&amp;ستيراد قضية…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add or merge a case from a bundle file</source>
        <translation>إضافة قضية من ملف حزمة أو دمجها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ync with team store…</source>
        <translation>م&amp;زامنة مع قاعدة بيانات الفريق…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring the selected case and the team store&apos;s copy together</source>
        <translation>الجمع بين القضية المحددة ونسختها في قاعدة بيانات الفريق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;table as CSV…</source>
        <translation>تصدير &amp;جدول بصيغة CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write one table of the selected case for a spreadsheet</source>
        <translation>كتابة جدول واحد من القضية المحددة لجدول بيانات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;ACLED CSV…</source>
        <translation>استيراد م&amp;لف CSV بصيغة ACLED…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the events of an ACLED-style CSV file to the selected case as incidents</source>
        <translation>إضافة أحداث ملف CSV على نمط ACLED إلى القضية المحددة بوصفها حوادث</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export incidents as ACLE&amp;D CSV…</source>
        <translation>تصدير الحوا&amp;دث في ملف CSV بصيغة ACLED…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the selected case&apos;s incidents as an ACLED-style CSV file</source>
        <translation>كتابة حوادث القضية المحددة في ملف CSV على نمط ACLED</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Conflicts…</source>
        <translation>الت&amp;عارضات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records of the selected case changed both here and in another copy: choose a version</source>
        <translation>سجلات القضية المحددة التي تغيّرت هنا وفي نسخة أخرى: اختيار نسخة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New &amp;case…</source>
        <translation>&amp;قضية جديدة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a new case</source>
        <translation>فتح قضية جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New record…</source>
        <translation>&amp;سجل جديد…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a record of the kind shown on the current page</source>
        <translation>إضافة سجل من النوع المعروض في الصفحة الحالية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit selected…</source>
        <translation>&amp;تعديل المحدد…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected record</source>
        <translation>تعديل السجل المحدد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete selected…</source>
        <translation>&amp;حذف المحدد…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hrdoc/gui/shortcuts.py" line="+3"/>
        <source>Delete the selected record (asks first)</source>
        <translation>حذف السجل المحدد (مع السؤال أولاً)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ne&amp;xt page</source>
        <translation>الصفحة ال&amp;تالية</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/shortcuts.py" line="+5"/>
        <source>Next page of the open case</source>
        <translation>الصفحة التالية من القضية المفتوحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;vious page</source>
        <translation>الصفحة ال&amp;سابقة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hrdoc/gui/shortcuts.py" line="+1"/>
        <source>Previous page of the open case</source>
        <translation>الصفحة السابقة من القضية المفتوحة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to undo</source>
        <translation>لا شيء للتراجع عنه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to redo</source>
        <translation>لا شيء لإعادته</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About hrdoc</source>
        <translation>حول hrdoc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;hrdoc {version}&lt;/b&gt;&lt;p&gt;An offline case manager for human-rights investigators: incidents, allegations, witnesses, sources and evidence, kept encrypted on this computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;hrdoc {version}&lt;/b&gt;&lt;p&gt;برنامج لإدارة القضايا يعمل دون اتصال بالشبكة، لمحققي حقوق الإنسان: الحوادث والادعاءات والشهود والمصادر والأدلة، محفوظة مشفّرة على هذا الحاسوب.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/keyboard.py" line="+183"/>
        <location filename="../../hrdoc/gui/main_menus.py" line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/main_menus.py" line="+17"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/main_menus.py" line="+8"/>
        <source>&amp;Case</source>
        <translation>ال&amp;قضية</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/main_menus.py" line="+3"/>
        <source>Ev&amp;idence</source>
        <translation>الأ&amp;دلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/main_menus.py" line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/main_menus.py" line="+6"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_menus.py" line="+40"/>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="+159"/>
        <source>hrdoc — {store}</source>
        <translation>hrdoc — {store}</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>hrdoc is locked. Enter the passphrase to continue.</source>
        <translation>hrdoc مقفل. يُرجى إدخال عبارة المرور للمتابعة.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>1 case</source>
        <translation>قضية واحدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} cases</source>
        <translation>عدد القضايا: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cases} · store: {store} · working as {user}</source>
        <translation>{cases} · قاعدة البيانات: {store} · العمل باسم {user}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/preferences.py" line="-236"/>
        <source>Your choice takes effect when hrdoc next starts.</source>
        <translation>يسري الاختيار عند تشغيل hrdoc في المرة القادمة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../hrdoc/gui/shortcuts.py" line="+5"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+216"/>
        <source>for example A. Diallo, or a handle</source>
        <translation>مثلاً A. Diallo، أو اسم تعريفي</translation>
    </message>
    <message>
        <location line="-210"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+188"/>
        <source>&amp;Investigator name:</source>
        <translation>&amp;اسم المحقق:</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Minutes without input before hrdoc locks ({minimum}–{maximum}).</source>
        <translation>عدد الدقائق دون أي إدخال قبل أن يُقفل hrdoc ({minimum}–{maximum}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock after idle:</source>
        <translation>ال&amp;قفل بعد الخمول:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on report covers.</source>
        <translation>يظهر على أغلفة التقارير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>ال&amp;منظمة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Enter a whole number of minutes from {minimum} to {maximum}.</source>
        <translation>يُرجى إدخال عدد صحيح من الدقائق بين {minimum} و{maximum}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+65"/>
        <source>At most {count} characters.</source>
        <translation>{count} حرفاً على الأكثر.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Recorded as who acts in the audit log and the chain of custody, who acquired evidence, and the author of what you create.</source>
        <translation>يُسجَّل بوصفه القائم بالإجراء في سجل التدقيق وفي سلسلة العهدة، ومن حصل على الأدلة، ومُنشئ ما يُنشأ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter your name or handle.</source>
        <translation>يُرجى إدخال الاسم أو الاسم التعريفي.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Who is working?</source>
        <translation>من يعمل؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your name or the handle your team knows you by.</source>
        <translation>يُرجى إدخال الاسم أو الاسم التعريفي الذي يعرفه به الفريق.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You can change it later in Preferences.</source>
        <translation>يمكن تغييره لاحقاً في التفضيلات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ontinue</source>
        <translation>م&amp;تابعة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/provenance.py" line="+40"/>
        <source>this store</source>
        <translation>قاعدة البيانات هذه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another store ({store})</source>
        <translation>قاعدة بيانات أخرى ({store})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Written in this store</source>
        <translation>كُتب في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First written in {where}</source>
        <translation>كُتب أول مرة في {where}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arrived here {time} UTC</source>
        <translation>وصل إلى هنا {time} UTC</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/logs.py" line="+45"/>
        <location filename="../../hrdoc/gui/provenance.py" line="+2"/>
        <source>from {origin}</source>
        <translation>من {origin}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/report_dialog.py" line="-426"/>
        <source>Only records marked public. Witnesses by pseudonym; their words only where they consented to be quoted.</source>
        <translation>السجلات الموسومة بأنها علنية فقط. الشهود بأسمائهم المستعارة؛ وأقوالهم فقط حيث وافقوا على الاقتباس.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public and restricted records; accounts where the witness agreed to sharing with partners. Marked RESTRICTED.</source>
        <translation>السجلات العلنية والمقيّدة؛ والإفادات حيث وافق الشاهد على المشاركة مع الشركاء. موسوم بعبارة «توزيع محدود».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every record, with interview details and working notes. Marked CONFIDENTIAL on every page.</source>
        <translation>كل السجلات، مع تفاصيل المقابلات وملاحظات العمل. موسوم بعبارة «سري» في كل صفحة.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Preparing the preview: page {page} of {pages}…</source>
        <translation>جارٍ إعداد المعاينة: الصفحة {page} من {pages}…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Report — {case}</source>
        <translation>التقرير — {case}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Legal names, contacts and residences of witnesses and victims are never in a report.</source>
        <translation>لا ترد في أي تقرير أبداً الأسماء القانونية للشهود والضحايا ولا بيانات الاتصال بهم ولا محال إقامتهم.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report &amp;language:</source>
        <translation>&amp;لغة التقرير:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Generate</source>
        <translation>إ&amp;نشاء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose who the report is for, then Generate.</source>
        <translation>تُختار الجهة المستهدفة بالتقرير، ثم «إنشاء».</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Save as…</source>
        <translation>&amp;حفظ باسم…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The report&apos;s language changed: Generate the report again.</source>
        <translation>تغيّرت لغة التقرير: يُرجى إنشاء التقرير من جديد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The audience changed: Generate the report again.</source>
        <translation>تغيّرت الجهة المستهدفة: يُعاد إنشاء التقرير.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../../hrdoc/gui/report_scope.py" line="+47"/>
        <source>Counting what the report will hold…</source>
        <translation>جارٍ حصر ما سيحويه التقرير…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generating the {audience} report…</source>
        <translation>جارٍ إنشاء التقرير ({audience})…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Generating…</source>
        <translation>جارٍ الإنشاء…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating the report…</source>
        <translation>جارٍ إنشاء التقرير…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No report was made.</source>
        <translation>لم يُنشأ أي تقرير.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{audience} report: {pages} page(s), {size} KB. Nothing has been saved yet.</source>
        <translation>التقرير ({audience}): عدد الصفحات {pages}، والحجم {size} ك.ب. لم يُحفظ شيء بعد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The preview shows the first {count} pages; Save as… writes them all.</source>
        <translation>تعرض المعاينة أول {count} صفحة؛ ويكتبها «حفظ باسم…» كلها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report could not be made.</source>
        <translation>تعذّر إنشاء التقرير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location line="+9"/>
        <source>Report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The report could not be made:
{error}</source>
        <translation>تعذّر إنشاء التقرير:
{error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save report as</source>
        <translation>حفظ التقرير باسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report could not be saved to {path}:
{error}</source>
        <translation>تعذّر حفظ التقرير في {path}:
{error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to {path}.</source>
        <translation>حُفظ في {path}.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/report_scope.py" line="-19"/>
        <location line="+8"/>
        <source>What the report will hold</source>
        <translation>ما سيحويه التقرير</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counting…</source>
        <translation>جارٍ الحصر…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What the report will hold could not be counted: {error}</source>
        <translation>تعذّر حصر ما سيحويه التقرير: {error}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This report will hold no incident.</source>
        <translation>لن يحوي هذا التقرير أي حادثة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report with no incident</source>
        <translation>تقرير دون حوادث</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The public report would hold {contents}.

Make it anyway?</source>
        <translation>لن يتضمن التقرير العلني {contents}.

هل تريد إعداده مع ذلك؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partners&apos; report would hold {contents}.

Make it anyway?</source>
        <translation>لن يتضمن التقرير الموجّه إلى الشركاء {contents}.

هل تريد إعداده مع ذلك؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The internal report would hold {contents}.

Make it anyway?</source>
        <translation>لن يتضمن التقرير الداخلي {contents}.

هل تريد إعداده مع ذلك؟</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/scope_words.py" line="+26"/>
        <source>Incidents:</source>
        <translation>الحوادث:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allegations:</source>
        <translation>الادعاءات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses:</source>
        <translation>الشهود:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts:</source>
        <translation>الإفادات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources:</source>
        <translation>المصادر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence files:</source>
        <translation>ملفات الأدلة:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} public</source>
        <translation>{count} علني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} restricted</source>
        <translation>{count} مقيّد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} confidential</source>
        <translation>{count} سري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} with no consent to share</source>
        <translation>{count} دون موافقة على المشاركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} with no account in the report</source>
        <translation>{count} دون إفادة في التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} left out by the sharing rules</source>
        <translation>{count} استُبعد بموجب قواعد المشاركة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} with no consent to be quoted</source>
        <translation>{count} دون موافقة على الاقتباس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} not marked quotable</source>
        <translation>{count} غير معلَّم بأنه قابل للاقتباس</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} whose {field} is left out</source>
        <translation>{count} استُبعد ما يتصل به من {field}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/exchange.py" line="-14"/>
        <location filename="../../hrdoc/cli/render.py" line="+53"/>
        <location line="+119"/>
        <location line="+2"/>
        <location line="+68"/>
        <location filename="../../hrdoc/cli/store.py" line="+119"/>
        <location filename="../../hrdoc/gui/exchange/common.py" line="-35"/>
        <location filename="../../hrdoc/services/reporting/blocks.py" line="+75"/>
        <location filename="../../hrdoc/services/reporting/scope_words.py" line="+6"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/scope_words.py" line="+8"/>
        <source>left out: {reasons}</source>
        <translation>المستبعد: {reasons}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>without the witness&apos;s words: {reasons}</source>
        <translation>دون أقوال الشاهد: {reasons}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{included} of {total}</source>
        <translation>{included} من {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none in the case</source>
        <translation>لا شيء في القضية</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case is {visibility}: its {fields} is left out; its reference and title name the report.</source>
        <translation>مستوى إتاحة القضية {visibility}: يُستبعد حقل «{fields}»؛ ويُسمّى التقرير بمرجعها وعنوانها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case is {visibility}: its {fields} are left out; its reference and title name the report.</source>
        <translation>مستوى إتاحة القضية {visibility}: تُستبعد حقول «{fields}»؛ ويُسمّى التقرير بمرجعها وعنوانها.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no incidents: the case has none yet</source>
        <translation>أي حادثة: لا تتضمن القضية أي حادثة بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none of the case&apos;s incident (left out: {reasons})</source>
        <translation>حادثة القضية (المستبعد: {reasons})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none of the case&apos;s {count} incidents (left out: {reasons})</source>
        <translation>أيًّا من حوادث القضية البالغ عددها {count} (المستبعد: {reasons})</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/search_dialog.py" line="+57"/>
        <source>Search all cases</source>
        <translation>البحث في كل القضايا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search incidents, actors, witnesses, sources… in every case</source>
        <translation>البحث في الحوادث والجهات الفاعلة والشهود والمصادر… في كل القضايا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show results as seen by:</source>
        <translation>عرض النتائج كما تراها:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type to search every case. Enter opens the chosen record; Esc closes.</source>
        <translation>يُكتب نص البحث للبحث في كل القضايا. يفتح Enter السجل المختار؛ ويُغلق Esc النافذة.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the team (internal)</source>
        <translation>الفريق (داخلي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every record and every searchable field. Identities are never searched.</source>
        <translation>كل السجلات وكل الحقول القابلة للبحث. ولا يُبحث في الهويات أبداً.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../hrdoc/gui/workspace/page.py" line="+42"/>
        <source>partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public and restricted records, accounts whose witness agreed to sharing; no working notes.</source>
        <translation>السجلات العلنية والمقيّدة، والإفادات التي وافق شاهدها على المشاركة؛ دون ملاحظات العمل.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/exchange.py" line="-71"/>
        <location filename="../../hrdoc/gui/search_dialog.py" line="+4"/>
        <source>the public</source>
        <translation>عامة الجمهور</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/search_dialog.py" line="+1"/>
        <source>Public records only, and a witness&apos;s words only where they agreed to be quoted.</source>
        <translation>السجلات العلنية فقط، وأقوال الشاهد فقط حيث وافق على الاقتباس.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type a word to search every case.</source>
        <translation>تُكتب كلمة للبحث في كل القضايا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No matches.</source>
        <translation>لا نتائج مطابقة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The best {count} matches; add words to narrow the search.</source>
        <translation>أفضل {count} نتيجة مطابقة؛ ولتضييق البحث تُضاف كلمات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} match(es).</source>
        <translation>عدد النتائج المطابقة: {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only what {audience} may see is searched and shown.</source>
        <translation>لا يُبحث ولا يُعرض إلا ما يجوز أن تراه الجهة المستهدفة ({audience}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search failed: {error}</source>
        <translation>فشل البحث: {error}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/render.py" line="-232"/>
        <location filename="../../hrdoc/gui/search_results.py" line="-2"/>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="-2"/>
        <location filename="../../hrdoc/gui/workspace/witnesses.py" line="-73"/>
        <source>Witnesses</source>
        <translation>الشهود</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/search_results.py" line="+1"/>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="+1"/>
        <location filename="../../hrdoc/gui/workspace/related_list.py" line="+3"/>
        <location filename="../../hrdoc/gui/workspace/witnesses.py" line="+5"/>
        <location line="+36"/>
        <source>Accounts</source>
        <translation>الإفادات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/search_results.py" line="+2"/>
        <source>Locations</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Links</source>
        <translation>الصلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../build/translations/computed_strings.py" line="-47"/>
        <source>Reported figures</source>
        <translation>الأرقام المُبلَّغ عنها</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(untitled {kind})</source>
        <translation>(دون عنوان — {kind})</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/shortcuts.py" line="-17"/>
        <source>Lock now, also with a form open: what it holds is kept as an encrypted draft</source>
        <translation>القفل الآن، حتى مع وجود نموذج مفتوح: يُحفظ محتواه مسودة مشفّرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every case</source>
        <translation>البحث في كل القضايا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the case list</source>
        <translation>تصفية قائمة القضايا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New record of the kind the page shows (a case on the Overview)</source>
        <translation>سجل جديد من النوع الذي تعرضه الصفحة (قضية في صفحة «نظرة عامة»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected record (also a double-click)</source>
        <translation>تعديل السجل المحدد (أو النقر المزدوج)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Undo the last change</source>
        <translation>التراجع عن آخر تغيير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo what was undone</source>
        <translation>إعادة ما تُرُوجع عنه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the case list, leaving its room to the open case</source>
        <translation>إظهار قائمة القضايا أو إخفاؤها، وترك مساحتها للقضية المفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a page of the open case (the first ten)</source>
        <translation>الانتقال إلى صفحة من القضية المفتوحة (الصفحات العشر الأولى)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+1 … Alt+9, Alt+0</source>
        <translation>Alt+1 … Alt+9، Alt+0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report of the selected case</source>
        <translation>تقرير عن القضية المحددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected case to a bundle file</source>
        <translation>تصدير القضية المحددة إلى ملف حزمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a case from a bundle file</source>
        <translation>استيراد قضية من ملف حزمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync the selected case with the team store</source>
        <translation>مزامنة القضية المحددة مع قاعدة بيانات الفريق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user guide</source>
        <translation>دليل المستخدم هذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list of keyboard shortcuts</source>
        <translation>قائمة اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit hrdoc</source>
        <translation>الخروج من hrdoc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The menu, button or field whose letter is underlined</source>
        <translation>القائمة أو الزر أو الحقل الذي تحته خط تحت حرفه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+letter</source>
        <translation>Alt+حرف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first field has the keyboard as soon as the form opens</source>
        <translation>ينتقل تركيز لوحة المفاتيح إلى الحقل الأول بمجرد فتح النموذج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>typing</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next, previous field</source>
        <translation>الحقل التالي، الحقل السابق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab، Shift+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next field; in a field of several lines, a new line. Enter never saves</source>
        <translation>الحقل التالي؛ وفي حقل متعدد الأسطر، سطر جديد. لا يحفظ Enter أبداً</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel; a form with changes asks first, keeping on editing by default</source>
        <translation>إلغاء؛ ويسأل النموذج الذي فيه تغييرات أولاً، ومواصلة التعديل هي الخيار الافتراضي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scrolls the form; changes a list or number only once it has the focus</source>
        <translation>تمرير النموذج؛ ولا يُغيّر القائمة أو الرقم إلا بعد أن يصبح التركيز عليه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mouse wheel</source>
        <translation>عجلة الفأرة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the list, into the form of the record shown beside it</source>
        <translation>من القائمة، إلى نموذج السجل المعروض بجانبها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the record shown, staying in its form</source>
        <translation>حفظ السجل المعروض، مع البقاء في نموذجه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert what was typed (asks first); with nothing to revert, back to the list</source>
        <translation>التراجع عمّا كُتب (مع السؤال أولاً)؛ وإن لم يكن هناك ما يُتراجع عنه، العودة إلى القائمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom the timeline in or out</source>
        <translation>تكبير الخط الزمني أو تصغيره</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+ and -, or the mouse wheel</source>
        <translation>+ و-، أو عجلة الفأرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every dated incident on the timeline</source>
        <translation>كل الحوادث المؤرخة على الخط الزمني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier or later on the timeline</source>
        <translation>الانتقال إلى ما قبل أو ما بعد على الخط الزمني</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left and Right arrows, or Shift and the wheel</source>
        <translation>السهمان الأيسر والأيمن، أو Shift مع العجلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous or next incident on the timeline</source>
        <translation>الحادثة السابقة أو التالية على الخط الزمني</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up and Down arrows</source>
        <translation>السهمان لأعلى ولأسفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the dates of that incident</source>
        <translation>عدم عرض سوى تواريخ تلك الحادثة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter or Space</source>
        <translation>Enter أو مفتاح المسافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only a period</source>
        <translation>عدم عرض سوى فترة محددة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>drag across the timeline</source>
        <translation>السحب على الخط الزمني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the incidents of every date again</source>
        <translation>إعادة عرض الحوادث من كل التواريخ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anywhere</source>
        <translation>في أي مكان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pages of the open case</source>
        <translation>صفحات القضية المفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a form</source>
        <translation>في نموذج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record shown beside a list</source>
        <translation>السجل المعروض بجانب قائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The timeline (Chronology page)</source>
        <translation>الخط الزمني (صفحة التسلسل الزمني)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files and help</source>
        <translation>الملفات والمساعدة</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>In the menus</source>
        <translation>في القوائم</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <location filename="../../build/translations/computed_strings.py" line="+26"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/undo.py" line="-67"/>
        <source>Could not {step} “{name}”: {error}</source>
        <translation>تعذّر {step} «{name}»: {error}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Redo of the correction: {note}</source>
        <translation>إعادة التصحيح: {note}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="-18"/>
        <source>Too short: use at least {count} characters.</source>
        <translation>قصيرة جداً: يلزم ألا يقل طولها عن {count} حرفاً.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak: a sentence of four or more unrelated words is stronger.</source>
        <translation>ضعيفة: الجملة المكوّنة من أربع كلمات غير مترابطة أو أكثر أقوى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair: longer is better.</source>
        <translation>مقبولة: الأطول أفضل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>قوية.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quit hrdoc?</source>
        <translation>هل يُغلق hrdoc؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit hrdoc instead of unlocking it?</source>
        <translation>هل يُغلق hrdoc بدلاً من فتح قفله؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forms that were open are kept as encrypted drafts and offered back when you next unlock.</source>
        <translation>تُحفظ النماذج التي كانت مفتوحة مسودات مشفّرة، وتُعرض من جديد عند فتح القفل في المرة القادمة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stay locked</source>
        <translation>ال&amp;بقاء مقفلاً</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Create a new store</source>
        <translation>إنشاء قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock store</source>
        <translation>فتح قفل قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No store exists at {store} yet. Choose a passphrase to encrypt the new store.</source>
        <translation>لا توجد قاعدة بيانات في {store} بعد. تُختار عبارة مرور لتشفير قاعدة البيانات الجديدة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your password for the team store at {store}.</source>
        <translation>يُرجى إدخال كلمة المرور لقاعدة بيانات الفريق في {store}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the passphrase of the store at {store}.</source>
        <translation>يُرجى إدخال عبارة مرور قاعدة البيانات في {store}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;تكرارها:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Keep this passphrase safe.&lt;/b&gt; It cannot be recovered: if it is lost, so is everything in the store.</source>
        <translation>&lt;b&gt;تُحفظ عبارة المرور هذه في مكان آمن.&lt;/b&gt; لا يمكن استردادها: وإذا ضاعت، ضاع كل ما في قاعدة البيانات.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit hrdoc…</source>
        <translation>ال&amp;خروج من hrdoc…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter a passphrase.</source>
        <translation>يُرجى إدخال عبارة مرور.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/user_guide.py" line="-63"/>
        <source>The user guide cannot be read: {error}</source>
        <translation>تتعذر قراءة دليل المستخدم: {error}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Every record</source>
        <translation>كل السجلات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first} or {last}</source>
        <translation>{first} أو {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records marked {visibility}</source>
        <translation>السجلات ذات مستوى الإتاحة: {visibility}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every account, the witness&apos;s words included</source>
        <translation>كل الإفادات، بما فيها أقوال الشاهد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts whose witness agreed to sharing beyond the team, their words included</source>
        <translation>الإفادات التي وافق شاهدها على مشاركتها خارج الفريق، بما فيها أقواله</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts whose witness agreed to sharing beyond the team; their words only where the witness also agreed to be quoted and the account is marked quotable</source>
        <translation>الإفادات التي وافق شاهدها على مشاركتها خارج الفريق؛ وأقواله فقط حيث وافق الشاهد أيضاً على الاقتباس ووُسمت الإفادة بأنه يجوز الاقتباس منها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Never in a report or table; in an internal bundle, which the app offers to encrypt</source>
        <translation>لا ترد أبداً في تقرير أو جدول؛ وترد في الحزمة الداخلية، التي يعرض البرنامج تشفيرها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>أبداً</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As recorded</source>
        <translation>كما سُجّل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rounded to {degrees}° (about {km} km)</source>
        <translation>مُقرَّب إلى {degrees}° (نحو {km} كم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounded to {degrees}° (about {km} km); a position is never said to be finer than “{precision}”</source>
        <translation>مُقرَّب إلى {degrees}° (نحو {km} كم)؛ ولا يوصف الموضع أبداً بأنه أدق من «{precision}»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Witnesses&apos; accounts</source>
        <translation>إفادات الشهود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal names and contacts</source>
        <translation>الأسماء القانونية وبيانات الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places&apos; positions</source>
        <translation>مواقع الأماكن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing: a public report carries no banner</source>
        <translation>لا شيء: لا يحمل التقرير العلني أي شريط تصنيف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new record starts as {start}: a public report holds only what someone marked {public}.</source>
        <translation>يبدأ السجل الجديد بمستوى الإتاحة «{start}»: ولا يحوي التقرير العلني إلا ما وسمه أحد بأنه «{public}».</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../build/translations/computed_strings.py" line="-39"/>
        <source>hrdoc user guide</source>
        <translation>دليل مستخدم hrdoc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/detail.py" line="-314"/>
        <source>Select a record in the list to see it here and edit it.</source>
        <translation>يُحدَّد سجل في القائمة لعرضه هنا وتعديله.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/keyboard.py" line="+17"/>
        <location filename="../../hrdoc/gui/workspace/detail.py" line="+4"/>
        <location line="+308"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/detail.py" line="-306"/>
        <source>Save the changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/keyboard.py" line="+0"/>
        <location filename="../../hrdoc/gui/workspace/detail.py" line="+2"/>
        <source>Rever&amp;t</source>
        <translation>ا&amp;سترجاع</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/detail.py" line="+3"/>
        <source>Go back to the record as saved; asks first</source>
        <translation>العودة إلى السجل كما حُفظ؛ مع السؤال أولاً</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Your unsaved changes to this {kind} are back. Save or revert them.</source>
        <translation>عادت التغييرات غير المحفوظة على هذا السجل ({kind}). يُرجى حفظها أو التراجع عنها.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Selected {kind}</source>
        <translation>المحدد: {kind}</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this {kind}</source>
        <translation>حفظ التغييرات على هذا السجل ({kind})</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Save changes?</source>
        <translation>هل تُحفظ التغييرات؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this {kind} before leaving it?</source>
        <translation>هل تُحفظ التغييرات على هذا السجل ({kind}) قبل مغادرته؟</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/matrix.py" line="+5"/>
        <source>Corroboration matrix</source>
        <translation>جدول الأدلة المعزِّزة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All links</source>
        <translation>كل الصلات</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Each cell: how the source or account bears on the allegation, and the source&apos;s grade. Double-click a cell, or press Enter on it, to add or edit its link.</source>
        <translation>كل خلية: طبيعة صلة المصدر أو الإفادة بالادعاء، وتصنيف المصدر. لإضافة صلة الخلية أو تعديلها، يُنقر عليها نقراً مزدوجاً أو يُضغط Enter عليها.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../../hrdoc/services/record_pages.py" line="+333"/>
        <location filename="../../hrdoc/services/table_columns.py" line="+116"/>
        <source>Account of {witness}</source>
        <translation>إفادة {witness}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="-106"/>
        <source>Add the first incident: what happened, where and when (Ctrl+N on Incidents &amp; allegations).</source>
        <translation>إضافة الحادثة الأولى: ماذا حدث، وأين، ومتى (Ctrl+N في صفحة «الحوادث والادعاءات»).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an incident…</source>
        <translation>إضافة حادثة…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say which violation an incident is alleged to be: add an allegation, with its perpetrators and victims.</source>
        <translation>بيان الانتهاك الذي يُدّعى أن الحادثة تشكّله: إضافة ادعاء، مع جناته وضحاياه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an allegation…</source>
        <translation>إضافة ادعاء…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record a witness, with their consent; their identity stays protected (Witnesses &amp; accounts).</source>
        <translation>تسجيل شاهد مع موافقته؛ وتبقى هويته محمية (صفحة «الشهود والإفادات»).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a witness…</source>
        <translation>إضافة شاهد…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write down what a witness said: add their account.</source>
        <translation>تدوين ما قاله الشاهد: إضافة إفادته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an account…</source>
        <translation>إضافة إفادة…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a source (a report, an article, a document) and grade how reliable it is.</source>
        <translation>إضافة مصدر (تقرير، مقال، مستند) وتصنيف درجة موثوقيته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a source…</source>
        <translation>إضافة مصدر…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say which evidence supports which allegation: add a link (Links, the corroboration matrix).</source>
        <translation>بيان أي دليل يدعم أي ادعاء: إضافة صلة (صفحة «صلات الإثبات»، جدول الأدلة المعزِّزة).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a link…</source>
        <translation>إضافة صلة…</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="-116"/>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case overview</source>
        <translation>نظرة عامة على القضية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit case details…</source>
        <translation>تعديل تفاصيل القضية…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to do next</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Reported deaths, all incidents (best estimates)</source>
        <translation>الوفيات المبلّغ عنها، في كل الحوادث (التقديرات الأرجح)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Allegations by status</source>
        <translation>الادعاءات حسب الحالة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/page.py" line="-44"/>
        <location filename="../../hrdoc/services/reporting/front.py" line="-115"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="-91"/>
        <location line="+47"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/services/reporting/by_source.py" line="+0"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+65"/>
        <source>Grade</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no consent recorded</source>
        <translation>لم تُسجَّل أي موافقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record</source>
        <comment>consent</comment>
        <translation>التسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recontact</source>
        <translation>معاودة الاتصال</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown date</source>
        <translation>تاريخ غير معروف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (approx.)</source>
        <translation> (تقريباً)</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Filter</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter: {filter}</source>
        <translation>تصفية: {filter}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/keyboard.py" line="+1"/>
        <location filename="../../hrdoc/gui/workspace/page.py" line="+33"/>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/page.py" line="+4"/>
        <source>Add a new {kind}</source>
        <translation>إضافة {kind}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/keyboard.py" line="+0"/>
        <location filename="../../hrdoc/gui/workspace/page.py" line="+1"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/page.py" line="+2"/>
        <source>Edit the selected {kind}, or double-click it</source>
        <translation>تعديل المحدد ({kind})، أو النقر عليه نقراً مزدوجاً</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/keyboard.py" line="+0"/>
        <location filename="../../hrdoc/gui/workspace/page.py" line="+2"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/page.py" line="+2"/>
        <source>Delete the selected {kind}; asks first, cannot be undone</source>
        <translation>حذف المحدد ({kind})؛ مع السؤال أولاً، ولا يمكن التراجع عنه</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="-47"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+66"/>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+212"/>
        <source>Incidents &amp; allegations</source>
        <translation>الحوادث والادعاءات</translation>
    </message>
    <message>
        <location line="-203"/>
        <location line="+3"/>
        <source>Responsibility</source>
        <translation>المسؤولية</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/gui/workspace/witnesses.py" line="-41"/>
        <source>Witnesses &amp; accounts</source>
        <translation>الشهود والإفادات</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+140"/>
        <location filename="../../hrdoc/services/reporting/blocks.py" line="-10"/>
        <source>Chronology</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/related_list.py" line="-10"/>
        <source>Add {kind}…</source>
        <translation>إضافة {kind}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add allegation…</source>
        <translation>إضافة ادعاء…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence bearing on the incident</source>
        <translation>الأدلة المتصلة بالحادثة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add evidence link…</source>
        <translation>إضافة صلة إثبات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add perpetrator…</source>
        <translation>إضافة جانٍ مزعوم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add victim…</source>
        <translation>إضافة ضحية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corroborating sources, accounts and files</source>
        <translation>المصادر والإفادات والملفات المعزِّزة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add corroboration…</source>
        <translation>إضافة دليل معزِّز…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add account…</source>
        <translation>إضافة إفادة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the account bears on</source>
        <translation>ما تتصل به الإفادة</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Add link…</source>
        <translation>إضافة صلة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the source bears on</source>
        <translation>ما يتصل به المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents here</source>
        <translation>الحوادث في هذا المكان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add incident here…</source>
        <translation>إضافة حادثة في هذا المكان…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleged perpetrator in</source>
        <translation>جانٍ مزعوم في</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Add to an allegation…</source>
        <translation>إضافة إلى ادعاء…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Victim in</source>
        <translation>ضحية في</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Figures reported by sources</source>
        <translation>الأرقام التي أبلغت عنها المصادر</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Add reported figure…</source>
        <translation>إضافة رقم مُبلَّغ عنه…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Figures the source reports</source>
        <translation>الأرقام التي يُبلغ عنها المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures the account reports</source>
        <translation>الأرقام الواردة في الإفادة</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Related records</source>
        <translation>السجلات ذات الصلة</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A new {kind} for this {parent}</source>
        <translation>إضافة {kind} إلى هذا السجل ({parent})</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Enter or double-click to go to it</source>
        <translation>Enter أو النقر المزدوج للانتقال إليه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and {count} more</source>
        <translation>… و{count} غيرها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The others are in the list of all of them</source>
        <translation>البقية موجودة في القائمة الكاملة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/shell.py" line="+100"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open Case → Conflicts to choose which version of each record to keep</source>
        <translation>تُفتح القضية ← التعارضات لاختيار النسخة التي يُبقى عليها من كل سجل</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Opening the case…</source>
        <translation>جارٍ فتح القضية…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>⚠ {count} record(s) in this case were changed both here and in another copy. Review the conflicts…</source>
        <translation>⚠ عدد السجلات في هذه القضية التي تغيّرت هنا وفي نسخة أخرى: {count}. مراجعة التعارضات…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot open the case</source>
        <translation>يتعذّر فتح القضية</translation>
    </message>
    <message>
        <location line="+128"/>
        <location line="+25"/>
        <source>Cannot delete</source>
        <translation>يتعذّر الحذف</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Delete the {kind} “{name}”?

This cannot be undone (Undo does not bring deleted records back). Records that depend on it are deleted with it.</source>
        <translation>هل يُحذف السجل ({kind}) «{name}»؟

لا يمكن التراجع عن ذلك (لا يعيد التراجع السجلات المحذوفة). وتُحذف معه السجلات التي تعتمد عليه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the whole case “{case}” with every record in it?

This cannot be undone (Undo does not bring deleted records back).</source>
        <translation>هل تُحذف القضية «{case}» بكاملها مع كل السجلات التي فيها؟

لا يمكن التراجع عن ذلك (لا يعيد التراجع السجلات المحذوفة).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete {kind}</source>
        <translation>حذف {kind}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Protected identity (access recorded)</source>
        <translation>الهوية المحمية (يُسجَّل الاطلاع عليها)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/witnesses.py" line="+35"/>
        <source>Show the selected witness&apos;s legal name, contact and residence (audited)</source>
        <translation>إظهار الاسم القانوني للشاهد المحدد وبيانات الاتصال به ومحل إقامته (يُسجَّل في سجل التدقيق)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select a witness first.</source>
        <translation>يُرجى تحديد شاهد أولاً.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revealing {witness}&apos;s identity is recorded in the audit log. Why do you need it?</source>
        <translation>يُسجَّل كشف هوية {witness} في سجل التدقيق. ما سبب الحاجة إليه؟</translation>
    </message>
    <message>
        <location filename="../../build/translations/computed_strings.py" line="+1"/>
        <source>hrdoc keeps the records of an investigation — incidents, the violations alleged in them, actors, victims, witnesses and their accounts, sources and evidence files — encrypted on this computer, with every change written to the case&apos;s audit log.</source>
        <translation>يحفظ hrdoc سجلات التحقيق — الحوادث، والانتهاكات المدّعاة فيها، والجهات الفاعلة، والضحايا، والشهود وإفاداتهم، والمصادر، وملفات الأدلة — مشفّرة على هذا الحاسوب، ويُكتب كل تغيير في سجل التدقيق الخاص بالقضية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entering a case</source>
        <translation>إدخال قضية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case list is on the left; the open case&apos;s pages are beside it. Each page lists one kind of record: select one to see it, &lt;b&gt;Ctrl+N&lt;/b&gt; makes a new one, &lt;b&gt;F2&lt;/b&gt; or &lt;b&gt;Enter&lt;/b&gt; edits it. A form starts with the keyboard in its first field: &lt;b&gt;Enter&lt;/b&gt; moves to the next field and &lt;b&gt;Ctrl+Enter&lt;/b&gt; saves.</source>
        <translation>قائمة القضايا على الجانب الأيمن، وصفحات القضية المفتوحة بجانبها. تسرد كل صفحة نوعاً واحداً من السجلات: يُحدَّد سجل لعرضه، ويُنشئ &lt;b&gt;Ctrl+N&lt;/b&gt; سجلاً جديداً، ويُعدّله &lt;b&gt;F2&lt;/b&gt; أو &lt;b&gt;Enter&lt;/b&gt;. يبدأ النموذج وتركيز لوحة المفاتيح في حقله الأول: ينتقل &lt;b&gt;Enter&lt;/b&gt; إلى الحقل التالي ويحفظ &lt;b&gt;Ctrl+Enter&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The case.&lt;/b&gt; On the Overview, Ctrl+N opens a new case form: a reference (such as ML-2025-004), a title and a summary. Once saved, the case opens at once.</source>
        <translation>&lt;b&gt;القضية.&lt;/b&gt; في صفحة «نظرة عامة»، يفتح Ctrl+N نموذج قضية جديدة: رقم مرجعي (مثل ML-2025-004)، وعنوان، وملخص. وبمجرد حفظها، تُفتح القضية فوراً.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Incidents.&lt;/b&gt; On Incidents &amp;amp; allegations, Ctrl+N. Give the dates as precisely as they are known and say how precise they are. For the place, type its name: choose it from the list, or choose &lt;i&gt;New place&lt;/i&gt; to make it without leaving the form.</source>
        <translation>&lt;b&gt;الحوادث.&lt;/b&gt; في صفحة «الحوادث والادعاءات»، Ctrl+N. تُدخل التواريخ بأقصى دقة معروفة ويُبيَّن مدى دقتها. وللمكان، يُكتب اسمه: ثم يُختار من القائمة، أو يُختار &lt;i&gt;إنشاء مكان&lt;/i&gt; لإنشائه دون مغادرة النموذج.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Allegations.&lt;/b&gt; With the incident selected, add each violation alleged in it: its type, how far it is established, and in the same form the alleged perpetrators (with their degree of involvement) and the victims (a person, or a group with a count).</source>
        <translation>&lt;b&gt;الادعاءات.&lt;/b&gt; مع تحديد الحادثة، يُضاف كل انتهاك مدّعى فيها: نوعه، ومدى ثبوته، وفي النموذج نفسه الجناة المزعومون (مع درجة تورطهم) والضحايا (فرد، أو جماعة مع عددها).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Witnesses and accounts.&lt;/b&gt; On Witnesses &amp;amp; accounts, a witness gets a pseudonym; the legal name, contact and residence are kept apart, protected, and shown only when someone reveals them deliberately (which the audit log records). Record the witness&apos;s consent as they gave it, then add their accounts.</source>
        <translation>&lt;b&gt;الشهود والإفادات.&lt;/b&gt; في صفحة «الشهود والإفادات»، يُعطى الشاهد اسماً مستعاراً؛ ويُحفظ الاسم القانوني وبيانات الاتصال ومحل الإقامة بمعزل، محمية، ولا تظهر إلا عندما يكشفها أحد عمداً (ويُسجّل ذلك في سجل التدقيق). تُسجَّل موافقة الشاهد كما أعطاها، ثم تُضاف إفاداته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Sources.&lt;/b&gt; On Sources, each source is graded on the Admiralty scale: how reliable the source is (A to F) and how credible this piece of information is (1 to 6).</source>
        <translation>&lt;b&gt;المصادر.&lt;/b&gt; في صفحة «المصادر»، يُصنَّف كل مصدر وفق مقياس الأميرالية (Admiralty): مدى موثوقية المصدر (من A إلى F) ومدى مصداقية هذه المعلومة (من 1 إلى 6).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Links.&lt;/b&gt; On Evidence links, each row is an allegation and each column a source, account or evidence file: choose a cell to say whether it supports, contradicts or gives context to the allegation.</source>
        <translation>&lt;b&gt;الصلات.&lt;/b&gt; في صفحة «صلات الإثبات»، كل صف ادعاء وكل عمود مصدر أو إفادة أو ملف دليل: تُختار خلية لبيان ما إذا كان يدعم الادعاء أو يناقضه أو يقدّم سياقاً له.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Evidence files.&lt;/b&gt; On Evidence files, add files or drop them on the window: each is hashed, encrypted in the store&apos;s vault and given a chain of custody.</source>
        <translation>&lt;b&gt;ملفات الأدلة.&lt;/b&gt; في صفحة «ملفات الأدلة»، تُضاف الملفات أو تُفلت على النافذة: تُحسب بصمة كل منها، ويُشفَّر في خزنة أدلة قاعدة البيانات، وتُنشأ له سلسلة عهدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing typed is lost: Esc on a changed form asks first, Ctrl+Z undoes a save, and a form left open when hrdoc locks or stops is kept as an encrypted draft and offered back.</source>
        <translation>لا يضيع شيء مما كُتب: يسأل Esc أولاً في النموذج الذي تغيّر، ويتراجع Ctrl+Z عن الحفظ، والنموذج الذي يُترك مفتوحاً عند قفل hrdoc أو توقفه يُحفظ مسودة مشفّرة ويُعرض من جديد.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Who sees what</source>
        <translation>من يرى ماذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every record has a &lt;b&gt;visibility&lt;/b&gt;: &lt;i&gt;public&lt;/i&gt;, &lt;i&gt;restricted&lt;/i&gt; or &lt;i&gt;confidential&lt;/i&gt;. A report, a bundle for a partner, a CSV table or a search shown &quot;as seen by&quot; an audience holds only what that audience may see:</source>
        <translation>لكل سجل &lt;b&gt;مستوى إتاحة&lt;/b&gt;: &lt;i&gt;علني&lt;/i&gt; أو &lt;i&gt;مقيّد&lt;/i&gt; أو &lt;i&gt;سري&lt;/i&gt;. والتقرير، أو الحزمة المعدّة لشريك، أو جدول CSV، أو البحث المعروض «كما تراه» جهة مستهدفة، لا يحوي إلا ما يجوز لتلك الجهة أن تراه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A record goes only with the records it depends on: an allegation with its incident, a link with both its ends (an incident goes without a place that is withheld).</source>
        <translation>لا ينتقل السجل إلا مع السجلات التي يعتمد عليها: الادعاء مع حادثته، والصلة مع طرفيها (وتنتقل الحادثة دون المكان غير المُفصَح عنه).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case that its own visibility hides from an audience goes only by its reference and title, which name the report; its summary stays out.</source>
        <translation>القضية التي يحجبها مستوى إتاحتها عن جهة مستهدفة لا تنتقل إلا برقمها المرجعي وعنوانها، اللذين يُسمّى بهما التقرير؛ ويبقى ملخصها خارجه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before making a report, the report dialog (Ctrl+P) says for the audience chosen how many incidents, allegations, witnesses, accounts, sources and evidence files it will hold, and why each of the others is left out. It asks before making a report with no incident.</source>
        <translation>قبل إنشاء التقرير، تبيّن نافذة التقرير (Ctrl+P)، للجهة المستهدفة المختارة، عدد الحوادث والادعاءات والشهود والإفادات والمصادر وملفات الأدلة التي سيحويها، وسبب استبعاد كل من البقية. وتسأل قبل إنشاء تقرير لا حادثة فيه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything can be done without the mouse. Every menu, button and field has an underlined letter: hold Alt and press it.</source>
        <translation>يمكن القيام بكل شيء دون الفأرة. لكل قائمة وزر وحقل حرف تحته خط: يُضغط Alt مع الاستمرار ثم يُضغط ذلك الحرف.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exact</source>
        <translation>دقيق</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Public</source>
        <comment>Visibility</comment>
        <translation>علني</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&lt;a href=&quot;#case&quot;&gt;Entering a case&lt;/a&gt; · &lt;a href=&quot;#figures&quot;&gt;Reported figures&lt;/a&gt; · &lt;a href=&quot;#map&quot;&gt;The map&lt;/a&gt; · &lt;a href=&quot;#timeline&quot;&gt;The timeline&lt;/a&gt; · &lt;a href=&quot;#audiences&quot;&gt;Who sees what&lt;/a&gt; · &lt;a href=&quot;#keys&quot;&gt;Keyboard shortcuts&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;#case&quot;&gt;إدخال قضية&lt;/a&gt; · &lt;a href=&quot;#figures&quot;&gt;الأرقام المُبلَّغ عنها&lt;/a&gt; · &lt;a href=&quot;#map&quot;&gt;الخريطة&lt;/a&gt; · &lt;a href=&quot;#timeline&quot;&gt;الخط الزمني&lt;/a&gt; · &lt;a href=&quot;#audiences&quot;&gt;من يرى ماذا&lt;/a&gt; · &lt;a href=&quot;#keys&quot;&gt;اختصارات لوحة المفاتيح&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sources seldom agree on how many people were killed, injured or detained. Record each figure as its source gives it: with an incident or an allegation selected, &lt;b&gt;Add reported figure…&lt;/b&gt; in the pane beside it (a source or an account has the same button). A figure says what it counts, of whom in the source&apos;s own words (such as “terrorists neutralised”), the figure as given (exactly, at least, about, up to, or a range), when it was claimed and where in the source.</source>
        <translation>نادراً ما تتفق المصادر على عدد من قُتلوا أو أُصيبوا أو احتُجزوا. يُسجَّل كل رقم كما يورده مصدره: بعد تحديد حادثة أو ادعاء، يُختار &lt;b&gt;إضافة رقم مُبلَّغ عنه…&lt;/b&gt; في اللوحة المجاورة (وللمصدر والإفادة الزر نفسه). ويبيّن الرقم ما يُحصيه، ومن هم بعبارة المصدر نفسه (مثل «تحييد إرهابيين»)، والرقم كما ورد (بالضبط، أو على الأقل، أو نحو، أو حتى، أو نطاق)، وتاريخ الإعلان عنه، وموضعه في المصدر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The analyst&apos;s estimate (the incident&apos;s fatalities: low, best estimate and high, with the reasoning for the estimate) is kept apart from the sources&apos; figures: it is the team&apos;s judgement, not what a source says. Tick &lt;b&gt;The analyst&apos;s estimate rests on it&lt;/b&gt; on each figure the estimate rests on.</source>
        <translation>يُحفظ تقدير المحلل (وفيات الحادثة: التقدير الأدنى والأرجح والأعلى، مع تعليل التقدير) بمعزل عن أرقام المصادر: فهو تقدير الفريق، لا ما يقوله مصدر ما. ويُؤشَّر على &lt;b&gt;يستند إليه تقدير المحلل&lt;/b&gt; في كل رقم يستند إليه التقدير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A report prints under each incident a table of who reports how many, with each source&apos;s grade, and the analyst&apos;s estimate apart, under its own heading. It also prints a locator map of the case&apos;s places and a timeline of its incidents that shows how uncertain each date is.</source>
        <translation>يطبع التقرير تحت كل حادثة جدولاً يبيّن من يُبلغ عن أي عدد، مع تقييم كل مصدر، وتقدير المحلل بمعزل عنه تحت عنوانه الخاص. ويطبع أيضاً خريطة موقع لأماكن القضية وخطاً زمنياً لحوادثها يبيّن مدى عدم اليقين في كل تاريخ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Map page draws the open case&apos;s places on its countries and their regions, from an atlas that comes with the app: nothing is fetched from the network. A place is drawn only as precisely as it is known:</source>
        <translation>ترسم صفحة «الخريطة» أماكن القضية المفتوحة على بلدانها ومناطقها، انطلاقاً من أطلس مرفق بالتطبيق: لا يُجلب شيء من الشبكة. ولا يُرسم المكان إلا بالدقة التي يُعرف بها:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;A small dot&lt;/b&gt;: its exact position.</source>
        <translation>&lt;b&gt;نقطة صغيرة&lt;/b&gt;: موقعه الدقيق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;A larger circle&lt;/b&gt;: a position near the place, not the spot itself.</source>
        <translation>&lt;b&gt;دائرة أكبر&lt;/b&gt;: موقع بالقرب من المكان، لا البقعة نفسها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;A region&apos;s outline, highlighted&lt;/b&gt;: a place known only to its region, or without a position. Point at the region to read the places known only to it.</source>
        <translation>&lt;b&gt;حدود منطقة مُبرَزة&lt;/b&gt;: مكان لا يُعرف إلا على مستوى منطقته، أو مكان بلا موقع. ويُوضع المؤشر على المنطقة لقراءة الأماكن التي لا تُعرف إلا على مستواها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;From:&lt;/b&gt;, &lt;b&gt;To:&lt;/b&gt; and &lt;b&gt;Violation:&lt;/b&gt; show only the places with an incident of those dates or of that violation; &lt;b&gt;All incidents&lt;/b&gt; shows them all again. The line under the map counts the places and incidents shown, and the places with neither a position nor a known region, which cannot be drawn.</source>
        <translation>لا تعرض &lt;b&gt;من:&lt;/b&gt; و&lt;b&gt;إلى:&lt;/b&gt; و&lt;b&gt;الانتهاك:&lt;/b&gt; إلا الأماكن التي وقعت فيها حادثة في تلك التواريخ أو من ذلك الانتهاك؛ ويعيد &lt;b&gt;جميع الحوادث&lt;/b&gt; عرضها كلها. ويُحصي السطر الذي تحت الخريطة الأماكن والحوادث المعروضة، والأماكن التي ليس لها موقع ولا منطقة معروفة، فلا يمكن رسمها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a place, or choose it in the &lt;b&gt;Places&lt;/b&gt; list under the map, to list its incidents beside it; double-click the place, or press Enter on one of its incidents, to open the incident. The mouse wheel, + and − zoom; &lt;b&gt;Whole case&lt;/b&gt; (Ctrl+0) shows every place again.</source>
        <translation>يُنقر على مكان، أو يُختار من قائمة &lt;b&gt;الأماكن&lt;/b&gt; تحت الخريطة، لسرد حوادثه بجانبه؛ ويُنقر نقراً مزدوجاً على المكان، أو يُضغط Enter على إحدى حوادثه، لفتح الحادثة. وتُكبِّر عجلة الفأرة و+ و− الخريطة أو تُصغِّرها؛ ويعيد &lt;b&gt;القضية كاملة&lt;/b&gt; (Ctrl+0) عرض كل الأماكن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A photo among the evidence files whose GPS position says where it was taken is drawn as a small square, joined by a line to the place of the incident it bears on; point at it to read how far apart they are. A photo taken far from its incident&apos;s place is a question to answer, not a proof either way: the place may be recorded wrongly, the phone&apos;s position may be wrong or altered, or the photo may show another event.</source>
        <translation>الصورة التي تكون بين ملفات الأدلة ويبيّن موقعها GPS أين التُقطت تُرسم مربعاً صغيراً يصله خط بمكان الحادثة التي تتعلق بها؛ ويُوضع المؤشر عليها لقراءة المسافة بينهما. والصورة الملتقطة بعيداً عن مكان حادثتها مسألة ينبغي الإجابة عنها، لا دليل في هذا الاتجاه أو ذاك: فقد يكون المكان مسجلاً خطأً، أو يكون موقع الهاتف خاطئاً أو معدَّلاً، أو تُظهر الصورة حدثاً آخر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line under the map says where its boundaries and names come from: Natural Earth, in the public domain. Countries are named in the interface&apos;s language; regions keep the names in use locally. The map is drawn with north up and east to the right, in every language.</source>
        <translation>يبيّن السطر الذي تحت الخريطة مصدر حدودها وأسمائها: Natural Earth، وهي ملك عام. وتُسمّى البلدان بلغة الواجهة، وتحتفظ المناطق بالأسماء المستعملة محلياً. وتُرسم الخريطة والشمال في أعلاها والشرق إلى يمينها، في كل اللغات.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Chronology page draws the case&apos;s incidents on a timeline, above their list, each over the span its date allows:</source>
        <translation>ترسم صفحة «التسلسل الزمني» حوادث القضية على خط زمني فوق قائمتها، كلاً منها على المدى الذي يسمح به تاريخها:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;A day&lt;/b&gt;: a short bar on that day; an approximate day has lighter ends over the days either side it may have been.</source>
        <translation>&lt;b&gt;يوم&lt;/b&gt;: شريط قصير على ذلك اليوم؛ ولليوم التقريبي طرفان أفتح لونًا على الأيام المحيطة به التي قد تكون الحادثة وقعت فيها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;A month or a year&lt;/b&gt;: a bar over the whole month or year, never a day that was not given.</source>
        <translation>&lt;b&gt;شهر أو سنة&lt;/b&gt;: شريط على الشهر كله أو السنة كلها، ولا يُرسم أبداً يوم لم يُذكر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;A start and an end date&lt;/b&gt;: one bar from the first to the last.</source>
        <translation>&lt;b&gt;تاريخ بداية وتاريخ نهاية&lt;/b&gt;: شريط واحد من الأول إلى الأخير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents with no date, or whose date&apos;s precision is unknown, are not drawn: they are listed apart under the timeline. Say how precise an incident&apos;s date is in its form to bring it onto the timeline.</source>
        <translation>لا تُرسم الحوادث التي لا تاريخ لها، أو التي لا تُعرف دقة تاريخها: بل تُسرد على حدة تحت الخط الزمني. ولإدراج حادثة في الخط الزمني، تُبيَّن دقة تاريخها في نموذجها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mouse wheel, + and − zoom, from centuries to hours; Shift with the wheel, or the Left and Right arrow keys, move along it; &lt;b&gt;All dates&lt;/b&gt; (Home) shows every dated incident. Point at a bar to read its dates.</source>
        <translation>تُكبِّر عجلة الفأرة و+ و− الخط الزمني أو تُصغِّره، من القرون إلى الساعات؛ ويُتنقَّل على امتداده بـ Shift مع العجلة، أو بمفتاحي السهم الأيسر والأيمن؛ ويعرض &lt;b&gt;كل التواريخ&lt;/b&gt; (Home) كل الحوادث المؤرخة. ويُوضع المؤشر على شريط لقراءة تواريخه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag across the timeline to choose a period, or click an incident to choose the days it may have happened on; &lt;b&gt;Only these dates&lt;/b&gt; chooses the dates in view. The Chronology, Incidents &amp;amp; allegations and the Map then show only the incidents of that period, and a bar above them says so: its &lt;b&gt;Clear&lt;/b&gt; button, or Esc, shows the whole case again.</source>
        <translation>يُسحب على الخط الزمني لاختيار فترة، أو يُنقر على حادثة لاختيار الأيام التي قد تكون وقعت فيها؛ ويختار &lt;b&gt;هذه التواريخ فقط&lt;/b&gt; التواريخ الظاهرة. فلا تعرض عندئذ صفحات «التسلسل الزمني» و«الحوادث والادعاءات» و«الخريطة» إلا حوادث تلك الفترة، ويشير إلى ذلك شريط فوقها: ويعيد زر &lt;b&gt;مسح&lt;/b&gt; فيه، أو Esc، عرض القضية كاملة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restricted</source>
        <comment>Visibility</comment>
        <translation>مقيّد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <comment>Visibility</comment>
        <translation>سري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>CaseStatus</comment>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <comment>CaseStatus</comment>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>CaseStatus</comment>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <comment>CaseStatus</comment>
        <translation>مؤرشفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact</source>
        <comment>DatePrecision</comment>
        <translation>تاريخ دقيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximate day</source>
        <comment>DatePrecision</comment>
        <translation>يوم تقريبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <comment>DatePrecision</comment>
        <translation>الشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <comment>DatePrecision</comment>
        <translation>السنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <comment>DatePrecision</comment>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Near</source>
        <translation>بالقرب منه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>على مستوى المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely</source>
        <translation>مرجّح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible</source>
        <translation>ممكن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlikely</source>
        <translation>مستبعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not met</source>
        <translation>لم يُستوفَ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasonable suspicion</source>
        <translation>اشتباه معقول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasonable grounds</source>
        <translation>أسباب معقولة تدعو إلى الاعتقاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance of probabilities</source>
        <translation>رجحان الاحتمالات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear and convincing</source>
        <translation>أدلة واضحة ومقنعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beyond reasonable doubt</source>
        <translation>بما لا يدع مجالاً للشك المعقول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct</source>
        <translation>مرتكب مباشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered</source>
        <translation>آمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complicit</source>
        <translation>متواطئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>جماعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Killed</source>
        <translation>القتل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injured</source>
        <translation>الإصابة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disappeared</source>
        <translation>الاختفاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detained</source>
        <translation>الاحتجاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displaced</source>
        <translation>النزوح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>طفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adult</source>
        <translation>بالغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elderly</source>
        <translation>مسنّ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eyewitness</source>
        <translation>شاهد عيان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative of victim</source>
        <translation>قريب لضحية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survivor</source>
        <translation>ناجٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearsay</source>
        <translation>نقلاً عن الغير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>مسؤول رسمي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert</source>
        <translation>خبير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extreme</source>
        <translation>بالغ الشدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>حضورياً</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>هاتفياً</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messaging</source>
        <translation>عبر تطبيق مراسلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video call</source>
        <translation>مكالمة فيديو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>كتابياً</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>منقولة عن طرف آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News article</source>
        <translation>مقال صحفي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO report</source>
        <translation>تقرير منظمة غير حكومية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN document</source>
        <translation>وثيقة للأمم المتحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official statement</source>
        <translation>بيان رسمي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party claim</source>
        <translation>رواية أحد الأطراف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media post</source>
        <translation>منشور على وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satellite imagery</source>
        <translation>صور ساتلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio or video</source>
        <translation>تسجيل صوتي أو مرئي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A — completely reliable</source>
        <translation>A — موثوق تماماً</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B — usually reliable</source>
        <translation>B — موثوق عادةً</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C — fairly reliable</source>
        <translation>C — موثوق إلى حد ما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D — not usually reliable</source>
        <translation>D — غير موثوق عادةً</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E — unreliable</source>
        <translation>E — غير موثوق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F — reliability cannot be judged</source>
        <translation>F — تتعذر معرفة موثوقيته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 — confirmed</source>
        <translation>1 — مؤكدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 — probably true</source>
        <translation>2 — صحيحة على الأرجح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 — possibly true</source>
        <translation>3 — ربما صحيحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 — doubtful</source>
        <translation>4 — مشكوك فيها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 — improbable</source>
        <translation>5 — مستبعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 — truth cannot be judged</source>
        <translation>6 — تتعذر معرفة صحتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuses</source>
        <translation>يتّهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denies</source>
        <translation>ينفي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corroborates</source>
        <translation>يعزّز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>سياق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supports</source>
        <translation>يدعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contradicts</source>
        <translation>يناقض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact</source>
        <comment>FigureQualifier</comment>
        <translation>دقيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least</source>
        <comment>FigureQualifier</comment>
        <translation>على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <comment>FigureQualifier</comment>
        <translation>نحو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to</source>
        <comment>FigureQualifier</comment>
        <translation>حتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range</source>
        <comment>FigureQualifier</comment>
        <translation>نطاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civilians</source>
        <comment>FigureGroup</comment>
        <translation>مدنيون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combatants</source>
        <comment>FigureGroup</comment>
        <translation>مقاتلون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Terrorists”, as claimed</source>
        <comment>FigureGroup</comment>
        <translation>«إرهابيون»، حسب الادعاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <comment>FigureGroup</comment>
        <translation>غير معروفين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered the vault</source>
        <translation>أُدخل إلى الخزنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured into the vault</source>
        <translation>التُقط إلى الخزنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewed (preview)</source>
        <translation>عُرض (معاينة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy exported</source>
        <translation>صُدّرت نسخة منه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working copy made from it</source>
        <translation>أُنشئت منه نسخة عمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered as a working copy</source>
        <translation>أُدخل كنسخة عمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent in a bundle</source>
        <translation>أُرسل ضمن حزمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received in a bundle</source>
        <translation>استُلم ضمن حزمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified intact</source>
        <translation>تم التحقق من سلامته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>أُزيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <comment>AuditAction</comment>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <comment>AuditAction</comment>
        <translation>تعديل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <comment>AuditAction</comment>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <comment>AuditAction</comment>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <comment>AuditAction</comment>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <comment>AuditAction</comment>
        <translation>تقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <comment>AuditAction</comment>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal</source>
        <comment>AuditAction</comment>
        <translation>كشف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create store</source>
        <comment>AuditAction</comment>
        <translation>إنشاء قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrate</source>
        <comment>AuditAction</comment>
        <translation>ترحيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody</source>
        <comment>AuditAction</comment>
        <translation>العهدة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/__init__.py" line="+104"/>
        <source>interrupted; nothing was saved</source>
        <translation>توقّف التنفيذ؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted while or after saving: the change is kept whole or not at all; look before redoing it</source>
        <translation>توقّف التنفيذ أثناء الحفظ أو بعده: يُحتفظ بالتغيير كاملًا أو لا يُحتفظ به إطلاقًا؛ تحقّق قبل إعادته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted; the new store may be incomplete: delete it and run the command again</source>
        <translation>توقّف التنفيذ؛ قد تكون قاعدة البيانات الجديدة ناقصة: احذفها وأعد تشغيل الأمر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted; each store holds either all of a merge or none of it (pull here, then push to the team): run sync again to finish</source>
        <translation>توقّف التنفيذ؛ تحتوي كل قاعدة بيانات على الدمج كله أو لا شيء منه (الاستلام هنا، ثم الإرسال إلى الفريق): أعد تشغيل sync لإكماله</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>error: </source>
        <translation>خطأ: </translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../hrdoc/storage/errors.py" line="+55"/>
        <source>the disk is full: free some space; nothing was saved</source>
        <translation>القرص ممتلئ: حرّر بعض المساحة؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot use {file}: {reason}</source>
        <translation>تعذّر استخدام {file}: {reason}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source> (run it again with --debug or {variable}=1 for the details, which may quote your data)</source>
        <translation> (أعد التشغيل مع ‎--debug أو {variable}=1 للاطلاع على التفاصيل، وقد تقتبس من بياناتك)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected {error}: this is a bug: please report it</source>
        <translation>خطأ غير متوقع ({error}): هذا خلل في البرنامج، يُرجى الإبلاغ عنه</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/common.py" line="+45"/>
        <source>done</source>
        <translation>تمّ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an error you can put right; the message on stderr says what</source>
        <translation>خطأ يمكنك تصحيحه؛ تبيّنه الرسالة على stderr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the command line is wrong: an unknown option, a missing or malformed argument</source>
        <translation>سطر الأوامر غير صحيح: خيار غير معروف، أو وسيط ناقص أو بصيغة خاطئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify found damage or tampering (each problem is a FAILED line)</source>
        <translation>وجد verify تلفاً أو عبثاً (كل مشكلة سطر يبدأ بـ«إخفاق»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acled-import rejected some rows (each listed by line; the valid rows were imported)</source>
        <translation>رفض acled-import بعض الصفوف (كلٌّ منها مذكور برقم سطره؛ واستُورِدت الصفوف الصحيحة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found: no such case, record, evidence item, conflict or file</source>
        <translation>غير موجود: لا توجد قضية أو سجل أو ملف دليل أو تعارض أو ملف بهذا الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no store at --db (create one with init or demo)</source>
        <translation>لا توجد قاعدة بيانات في --db (أنشئ واحدة باستخدام init أو demo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong passphrase (of the store, a bundle or a team store), or not an hrdoc store</source>
        <translation>عبارة مرور خاطئة (لقاعدة البيانات أو لحزمة أو لقاعدة بيانات الفريق)، أو قاعدة بيانات ليست من hrdoc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the store is busy with another hrdoc process: nothing was saved; try again</source>
        <translation>قاعدة البيانات مشغولة بعملية hrdoc أخرى: لم يُحفظ شيء؛ أعد المحاولة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the desktop app cannot open a window here: no display, or X libraries missing (it says which)</source>
        <translation>لا يستطيع التطبيق فتح نافذة هنا: لا توجد شاشة، أو تنقص مكتبات X (ويذكر أيّها)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unexpected error: a bug (--debug shows its details)</source>
        <translation>خطأ غير متوقع: علّة برمجية (يعرض --debug تفاصيلها)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted (Ctrl-C); the message says whether anything was saved</source>
        <translation>توقّف (Ctrl-C)؛ تبيّن الرسالة هل حُفظ شيء</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../../hrdoc/services/evidence/intake.py" line="+307"/>
        <source>no file at {path}</source>
        <translation>لا يوجد ملف في {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/storage/engine.py" line="+243"/>
        <source>{path} is not a file</source>
        <translation>{path} ليس ملفاً</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the {what} file {path} is a folder: give the file holding the {what}</source>
        <translation>ملف {what} {path} مجلد: يُرجى تحديد الملف الذي يحتوي على {what}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the {what} file {path}: {value}</source>
        <translation>تتعذر قراءة ملف {what} {path}: {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the {what} file {path} is not UTF-8 text: save it as UTF-8, the {what} on one line</source>
        <translation>ملف {what} {path} ليس نصاً بترميز UTF-8: يُرجى حفظه بترميز UTF-8، مع كتابة {what} في سطر واحد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the {what} file {path} is empty</source>
        <translation>ملف {what} {path} فارغ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{no_terminal} (no terminal to ask on)</source>
        <translation>{no_terminal} (لا توجد طرفية لطلبها)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{no_terminal} (the terminal closed)</source>
        <translation>{no_terminal} (أُغلقت الطرفية)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no passphrase: set {passphrase_env} or use --passphrase-file</source>
        <translation>لا توجد عبارة مرور: يُرجى ضبط {passphrase_env} أو استخدام --passphrase-file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store passphrase: </source>
        <translation>عبارة مرور قاعدة البيانات: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeat the passphrase: </source>
        <translation>أعد كتابة عبارة المرور: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the two passphrases differ; nothing was created</source>
        <translation>عبارتا المرور مختلفتان؛ لم يُنشأ أي شيء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no passphrase given</source>
        <translation>لم تُقدَّم عبارة مرور</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{folder} should be the folder of this store&apos;s evidence files, but it is a file: move it aside (keep it: it may matter) and run the command again</source>
        <translation>يُفترض أن يكون {folder} مجلد ملفات الأدلة لقاعدة البيانات هذه، لكنه ملف: يُرجى نقله إلى مكان آخر (مع الاحتفاظ به، فقد يكون مهماً) ثم تشغيل الأمر مجدداً</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../hrdoc/cli/evidence.py" line="-96"/>
        <location line="+2"/>
        <location line="+175"/>
        <source>note: </source>
        <translation>ملاحظة: </translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../hrdoc/storage/store.py" line="+67"/>
        <source>{path} already exists; hrdoc never creates a new store over an existing file</source>
        <translation>{path} موجود بالفعل؛ لا ينشئ hrdoc أبداً قاعدة بيانات جديدة فوق ملف موجود</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{option} {text} is not a date and time (ISO 8601, e.g. 2025-07-28T14:30Z)</source>
        <translation>{option} {text} ليس تاريخاً ووقتاً (ISO 8601، مثلاً 2025-07-28T14:30Z)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{option} {text} has no time zone; add Z for UTC or an offset such as +01:00</source>
        <translation>{option} {text} بلا منطقة زمنية؛ يُرجى إضافة Z للتوقيت العالمي المنسق أو فارق توقيت مثل +01:00</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{text} is not {what} (a UUID; `hrdoc evidence CASE` lists them)</source>
        <translation>{text} ليس {what} (معرّف UUID؛ يسردها الأمر `hrdoc evidence CASE`)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/messages.py" line="+42"/>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: خطأ: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>الوسائط التالية مطلوبة: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>وسائط غير معروفة: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>الوسيط %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>اختيار غير صالح: %(value)r (اختر من بين %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>قيمة %(type)s غير صالحة: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>يُنتظر وسيط واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>يُنتظر وسيط واحد على الأكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>يُنتظر وسيط واحد على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s argument</source>
        <translation>يُنتظر %s وسيط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s arguments</source>
        <translation>يُنتظر %s وسائط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>خيار ملتبس: قد يطابق %(option)s أيًّا من %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>أحد الوسائط %s مطلوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>غير مسموح به مع الوسيط %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>تم تجاهل الوسيط الصريح %r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>تعذّر فتح «%(filename)s»: %(error)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>الوسائط الموضعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>عرض رسالة المساعدة هذه والخروج</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>{date}, {time} UTC</source>
        <translation>{date}، {time} UTC</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“{text}”</source>
        <translation>«{text}»</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/accounts.py" line="-49"/>
        <source>No witness account can be included for this audience (visibility or the witnesses&apos; consent).</source>
        <translation>لا يمكن إدراج أي إفادة في النسخة المعدّة لهذه الجهة المستهدفة (بسبب مستوى الإتاحة أو موافقة الشهود).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Witnesses are identified by pseudonym only. Accounts are quoted only where the audience and the witness&apos;s consent allow it.</source>
        <translation>لا يُشار إلى الشهود إلا بأسماء مستعارة. ولا يُقتبس من الإفادات إلا حيث تسمح بذلك الجهة المستهدفة وموافقة الشاهد.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account A{number} — witness {pseudonym}</source>
        <translation>الإفادة A{number} — الشاهد {pseudonym}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profile</source>
        <translation>السمات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interview</source>
        <translation>المقابلة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(translated into {language})</source>
        <translation>(مترجمة إلى {language})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Place of interview</source>
        <translation>مكان المقابلة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Content withheld: {reason}.</source>
        <translation>محتوى غير مُفصَح عنه: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/services/reporting/annexes.py" line="-21"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="-48"/>
        <location line="+36"/>
        <source>Note: {text}</source>
        <translation>ملاحظة: {text}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No accusations or denials are recorded for this audience.</source>
        <translation>لا توجد اتهامات أو نفي مسجلة لهذه الجهة المستهدفة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources that accuse and sources that deny or respond, side by side. Inclusion does not endorse a claim; see each source&apos;s grade in Annex A.</source>
        <translation>المصادر التي توجّه الاتهام والمصادر التي تنفي أو ترد، جنباً إلى جنب. ولا يعني إدراج ادعاء تأييده؛ انظر تصنيف كل مصدر في المرفق ألف.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Accusations</source>
        <translation>الاتهامات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Denials and responses</source>
        <translation>النفي والردود</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/annexes.py" line="-48"/>
        <source>No sources are cited for this audience.</source>
        <translation>لا يُستشهد بأي مصدر لهذه الجهة المستهدفة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grades follow the Admiralty scale: a letter for the source&apos;s reliability (A–F) and a digit for the information&apos;s credibility (1–6).</source>
        <translation>يتبع التصنيف مقياس الأميرالية: حرف لموثوقية المصدر (A–F) ورقم لمصداقية المعلومات (1–6).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Accessed {date}</source>
        <translation>تاريخ الاطلاع: {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archived at {address}</source>
        <translation>مؤرشف في {address}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stance: {stance}</source>
        <translation>الموقف: {stance}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language: {language}</source>
        <translation>اللغة: {language}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grade {grade}</source>
        <translation>التصنيف {grade}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No evidence files are listed for this audience.</source>
        <translation>لا توجد ملفات أدلة مدرجة لهذه الجهة المستهدفة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each file is identified by its SHA-256 hash, computed when it was added: a copy whose hash matches is bit-for-bit the file described.</source>
        <translation>يُعرَّف كل ملف ببصمة SHA-256 المحسوبة عند إضافته: والنسخة التي تطابق بصمتُها هي الملف الموصوف نفسه بتاً بتاً.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="-100"/>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/exchange.py" line="+220"/>
        <location filename="../../hrdoc/services/reporting/annexes.py" line="+4"/>
        <source>(from {origin})</source>
        <translation>(من {origin})</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/annexes.py" line="+5"/>
        <source>Working copy: {note}</source>
        <translation>نسخة عمل: {note}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not recorded</source>
        <translation>غير مسجل</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>only records marked public are included; witness accounts are included only where the witness consented to sharing beyond the team, and their words are quoted only where the witness consented to be quoted and the account is marked quotable</source>
        <translation>لا تُدرج إلا السجلات المصنفة علنية؛ ولا تُدرج الإفادات إلا حيث وافق الشاهد على مشاركتها خارج الفريق، ولا يُقتبس كلامه إلا حيث وافق على الاقتباس وكانت الإفادة مصنفة بأنه يجوز الاقتباس منها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>public and restricted records are included; witness accounts are included only where the witness consented to sharing with partners</source>
        <translation>تُدرج السجلات العلنية والمقيّدة؛ ولا تُدرج الإفادات إلا حيث وافق الشاهد على مشاركتها مع الشركاء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all records are included, with the team&apos;s working notes</source>
        <translation>تُدرج جميع السجلات، مع ملاحظات عمل الفريق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incidents, allegations, sources, witness accounts and evidence are recorded in hrdoc, an offline case manager, and linked to one another: each link says whether a source or account supports, contradicts or gives context to an allegation, with the passage relied on.</source>
        <translation>تُسجَّل الحوادث والادعاءات والمصادر وإفادات الشهود والأدلة في hrdoc، وهو نظام لإدارة القضايا يعمل دون اتصال بالإنترنت، ويُربط بعضها ببعض: وتبيّن كل صلة ما إذا كان المصدر أو الإفادة يؤيد الادعاء أو يناقضه أو يقدّم سياقاً له، مع المقطع المستند إليه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sources are graded on the Admiralty scale (reliability A–F, credibility 1–6). Each allegation carries the analyst&apos;s assessment (confirmed, likely, possible, unlikely, unknown) and the standard of proof it reaches, from reasonable suspicion to beyond reasonable doubt, with the reasoning.</source>
        <translation>تُصنَّف المصادر وفق مقياس الأميرالية (الموثوقية A–F، المصداقية 1–6). ويحمل كل ادعاء تقييم المحلل (مؤكد، مرجّح، ممكن، مستبعد، غير معروف) ومستوى الإثبات الذي يبلغه، من الاشتباه المعقول إلى ما لا يدع مجالاً للشك المعقول، مع التعليل.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redaction for this report ({audience}): {rules}. Redaction is structural: what this audience may not see was never written into this file. Legal names, contacts and residences of witnesses and victims are never included in any report.</source>
        <translation>الحجب في هذا التقرير ({audience}): {rules}. والحجب بنيوي: فما لا يجوز لهذه الجهة المستهدفة الاطلاع عليه لم يُكتب في هذا الملف قط. ولا تُدرج الأسماء القانونية للشهود والضحايا ولا بيانات الاتصال بهم ولا محال إقامتهم في أي تقرير.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Figures are those reported by the sources cited; where sources differ, the best estimate is given with the low and high figures beside it.</source>
        <translation>الأرقام هي تلك التي أوردتها المصادر المستشهد بها؛ وحيث تختلف المصادر، يُذكر التقدير الأرجح مع التقديرين الأدنى والأعلى إلى جانبه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incidents (I1…), witness accounts (A1…), sources (S1…) and evidence items (E1…) are numbered in the order they were recorded, counting every record of the case whatever the audience, and each allegation by its incident&apos;s number and its own within that incident (1.2); so a number means the same entry in every version of this report. Where a number is missing, the entry is withheld from this audience; nothing else about it is given. Numbers are those of the case as it stood when the report was made: deleting a record renumbers those recorded after it.</source>
        <translation>تُرقَّم الحوادث (I1…) وإفادات الشهود (A1…) والمصادر (S1…) والأدلة (E1…) بترتيب تسجيلها، مع احتساب جميع سجلات القضية أياً كانت الجهة المستهدفة، ويُرقَّم كل ادعاء برقم حادثته ثم برقمه داخل تلك الحادثة (1.2)؛ ومن ثم يدل الرقم على البند نفسه في جميع نسخ هذا التقرير. وحيث يغيب رقم، يكون البند غير مُفصَح عنه لهذه الجهة المستهدفة، ولا يُذكر عنه شيء آخر. والأرقام هي أرقام القضية كما كانت عند إعداد التقرير: فحذف سجل يعيد ترقيم السجلات المسجلة بعده.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/audience.py" line="+326"/>
        <source>the witness has not consented to be quoted</source>
        <translation>لم يوافق الشاهد على الاقتباس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this version of the account is not marked quotable</source>
        <translation>هذه النسخة من الإفادة غير مصنفة بأنه يجوز الاقتباس منها</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/blocks.py" line="-2"/>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executive summary</source>
        <translation>الملخص التنفيذي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents and allegations</source>
        <translation>الحوادث والادعاءات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness accounts</source>
        <translation>إفادات الشهود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties&apos; claims and responses</source>
        <translation>ادعاءات الأطراف وردودها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annex A — Sources</source>
        <translation>المرفق ألف — المصادر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annex B — Evidence</source>
        <translation>المرفق باء — الأدلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methodology</source>
        <translation>المنهجية</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/render.py" line="+44"/>
        <location line="+249"/>
        <location filename="../../hrdoc/services/reporting/blocks.py" line="+4"/>
        <location filename="../../hrdoc/services/reporting/scope_words.py" line="-30"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/blocks.py" line="+3"/>
        <source>{number} {status}</source>
        <translation>{status} ({number})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} killed</source>
        <translation>القتل ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} injured</source>
        <translation>الإصابة ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} disappeared</source>
        <translation>الاختفاء ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} detained</source>
        <translation>الاحتجاز ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} displaced</source>
        <translation>النزوح ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} other</source>
        <translation>غير ذلك ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} unknown</source>
        <translation>غير معروف ({number})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Numbers missing here are incidents withheld from this audience.</source>
        <translation>الأرقام الغائبة هنا حوادث غير مُفصَح عنها لهذه الجهة المستهدفة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers missing here are incidents or allegations withheld from this audience.</source>
        <translation>الأرقام الغائبة هنا حوادث أو ادعاءات غير مُفصَح عنها لهذه الجهة المستهدفة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers missing here are accounts withheld from this audience.</source>
        <translation>الأرقام الغائبة هنا إفادات غير مُفصَح عنها لهذه الجهة المستهدفة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers missing here are sources withheld from this audience.</source>
        <translation>الأرقام الغائبة هنا مصادر غير مُفصَح عنها لهذه الجهة المستهدفة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers missing here are evidence items withheld from this audience.</source>
        <translation>الأرقام الغائبة هنا أدلة غير مُفصَح عنها لهذه الجهة المستهدفة.</translation>
    </message>
    <message>
        <location line="+323"/>
        <source>{start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date not known</source>
        <translation>التاريخ غير معروف</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(also spelled {names})</source>
        <translation>(ويُكتب أيضاً {names})</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/front.py" line="-23"/>
        <source>Reference numbers (incidents I1, allegations 1.1, accounts A1, sources S1, evidence E1) are the same in every version of this report, whatever its audience, so versions can be read side by side. A missing number is an entry withheld from this audience.</source>
        <translation>الأرقام المرجعية (الحوادث I1، الادعاءات 1.1، الإفادات A1، المصادر S1، الأدلة E1) واحدة في جميع نسخ هذا التقرير أياً كانت الجهة المستهدفة، بحيث يمكن قراءة النسخ جنباً إلى جنب. والرقم الغائب بند غير مُفصَح عنه لهذه الجهة المستهدفة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference numbers (incidents I1, allegations 1.1, accounts A1, sources S1, evidence E1) are the same in every version of this report, whatever its audience, so versions can be read side by side. Versions for partners and the public leave gaps where entries are withheld from them.</source>
        <translation>الأرقام المرجعية (الحوادث I1، الادعاءات 1.1، الإفادات A1، المصادر S1، الأدلة E1) واحدة في جميع نسخ هذا التقرير أياً كانت الجهة المستهدفة، بحيث يمكن قراءة النسخ جنباً إلى جنب. وتترك النسخ المعدّة للشركاء وللجمهور فجوات حيث تكون البنود غير مُفصَح عنها لهم.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Case reference</source>
        <translation>الرقم المرجعي للقضية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by</source>
        <translation>أعدّه</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This report was prepared for the &lt;b&gt;public&lt;/b&gt;. It contains only records marked public; witnesses are identified by pseudonym only and are quoted only with their consent.</source>
        <translation>أُعدّ هذا التقرير &lt;b&gt;للجمهور&lt;/b&gt;. ولا يتضمن إلا السجلات المصنفة علنية؛ ولا يُشار إلى الشهود إلا بأسماء مستعارة ولا يُقتبس منهم إلا بموافقتهم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This report was prepared for &lt;b&gt;partner organisations&lt;/b&gt;. It contains public and restricted records; witness accounts appear only where the witness consented to sharing with partners. Do not publish or forward it.</source>
        <translation>أُعدّ هذا التقرير &lt;b&gt;للمنظمات الشريكة&lt;/b&gt;. ويتضمن سجلات علنية ومقيّدة؛ ولا ترد فيه الإفادات إلا حيث وافق الشاهد على مشاركتها مع الشركاء. يُرجى عدم نشره أو إحالته.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This report was prepared for &lt;b&gt;internal use&lt;/b&gt; by the investigation team. It contains confidential records. Do not share it outside the team.</source>
        <translation>أُعدّ هذا التقرير &lt;b&gt;للاستخدام الداخلي&lt;/b&gt; من قبل فريق التحقيق. ويتضمن سجلات سرية. يُرجى عدم مشاركته خارج الفريق.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HUMAN RIGHTS CASE REPORT</source>
        <translation>تقرير عن قضية تتعلق بحقوق الإنسان</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../hrdoc/services/reporting/renderer.py" line="-42"/>
        <source>Prepared for: {audience}</source>
        <translation>الجهة المستهدفة: {audience}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Protected identities (legal names, contacts and residences of witnesses and victims) are never included in reports.</source>
        <translation>لا تُدرج الهويات المحمية (الأسماء القانونية للشهود والضحايا وبيانات الاتصال بهم ومحال إقامتهم) في التقارير أبداً.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Fatalities, our best estimates (all incidents)</source>
        <translation>الوفيات، تقديراتنا الأرجح (جميع الحوادث)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Victims in groups</source>
        <translation>الضحايا ضمن جماعات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Individual victims recorded</source>
        <translation>الضحايا الأفراد المسجلون</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources cited</source>
        <translation>المصادر المستشهد بها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness accounts included</source>
        <translation>إفادات الشهود المدرجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence items listed</source>
        <translation>الأدلة المدرجة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Figure 1. Fatalities per incident, our best estimate (bars labelled by incident number; by source in each incident&apos;s section).</source>
        <translation>الشكل 1. الوفيات في كل حادثة، حسب تقديرنا الأرجح (الأعمدة مُعلَّمة برقم الحادثة؛ والأرقام حسب المصدر في قسم كل حادثة).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Figure 1. Fatalities in the {count} deadliest incidents, our best estimate (bars labelled by incident number; by source in each incident&apos;s section).</source>
        <translation>الشكل 1. الوفيات في الحوادث الـ{count} الأشد فتكاً، حسب تقديرنا الأرجح (الأعمدة مُعلَّمة برقم الحادثة؛ والأرقام حسب المصدر في قسم كل حادثة).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="-1"/>
        <location filename="../../hrdoc/services/reporting/front.py" line="-21"/>
        <source>Key figures</source>
        <translation>أرقام رئيسية</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/by_source.py" line="-67"/>
        <source>exactly {number}</source>
        <translation>{number} تحديداً</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least {number}</source>
        <translation>{number} على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {number}</source>
        <translation>نحو {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to {number}</source>
        <translation>حتى {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{low} to {high}</source>
        <translation>من {low} إلى {high}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>low {number}</source>
        <translation>التقدير الأدنى {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high {number}</source>
        <translation>التقدير الأعلى {number}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Counted, of whom</source>
        <translation>موضوع العدّ والفئة المعنية</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Who reports how many of whom</source>
        <translation>الأرقام المُبلَّغ عنها: من يُبلغ عن كم، وعن أي فئة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Figures by source ({counted}): a dot marks a figure given exactly, a ring one given as about, a bar a range, an arrow the open end of “at least” or “up to”.</source>
        <translation>الأرقام حسب المصدر ({counted}): تشير النقطة إلى رقم مُعطى تحديداً، والدائرة إلى رقم تقريبي، والشريط إلى نطاق، والسهم إلى الطرف المفتوح لعبارة «على الأقل» أو «حتى».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Our estimate is drawn apart, below the line.</source>
        <translation>يُرسم تقديرنا على حدة، تحت الخط.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Our estimate</source>
        <translation>تقديرنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An estimate made for this report, not a figure given by any source.</source>
        <translation>تقدير أُعدّ لهذا التقرير، وليس رقماً قدّمه أي مصدر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fatalities: {estimate}</source>
        <translation>الوفيات: {estimate}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rests on the figures of {references}.</source>
        <translation>يستند إلى أرقام {references}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Fatalities in incident {number}, by source</source>
        <translation>الوفيات في الحادثة {number}، حسب المصدر</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{figure} {whom}</source>
        <translation>{figure}، {whom}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{figure} ({source}, graded {grade})</source>
        <translation>{figure} ({source}، التصنيف {grade})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{figure} ({source})</source>
        <translation>{figure} ({source})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} more in incident {number}</source>
        <translation>و{count} أرقام أخرى في الحادثة {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>our estimate {estimate}</source>
        <translation>تقديرنا: {estimate}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="-55"/>
        <source>also known as {names}</source>
        <translation>يُعرف أيضاً باسم {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{involvement} involvement</source>
        <translation>درجة التورط: {involvement}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{number} women</source>
        <translation>{number} نساء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{number} men</source>
        <translation>{number} رجال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{number} children</source>
        <translation>{number} أطفال</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (individual victim; {status})</source>
        <translation>{name} (ضحية فرد؛ {status})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{label}: {fate}</source>
        <translation>{label}: {fate}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+45"/>
        <source>No incidents are recorded for this audience.</source>
        <translation>لا توجد حوادث مسجلة لهذه الجهة المستهدفة.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Incidents are listed by date; their numbers follow the order in which they were recorded.</source>
        <translation>الحوادث مرتبة حسب التاريخ؛ وتتبع أرقامها ترتيب تسجيلها.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Incident {number}: {title}</source>
        <translation>الحادثة {number}: {title}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sources bearing on the incident as a whole</source>
        <translation>المصادر المتعلقة بالحادثة ككل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Allegation {number}: {violation}</source>
        <translation>الادعاء {number}: {violation}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Standard of proof</source>
        <translation>مستوى الإثبات</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Corroboration</source>
        <translation>الأدلة المعزِّزة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No source or account linked for this audience.</source>
        <translation>لا يوجد مصدر أو إفادة مرتبطة لهذه الجهة المستهدفة.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/by_source.py" line="-144"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+6"/>
        <source>Source or account</source>
        <translation>المصدر أو الإفادة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+0"/>
        <source>Relation</source>
        <translation>طبيعة الصلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locator</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/by_source.py" line="-20"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+11"/>
        <source>Account of {pseudonym}</source>
        <translation>إفادة {pseudonym}</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+10"/>
        <source>Not quoted (no consent to quote)</source>
        <translation>لم يُقتبس (لا موافقة على الاقتباس)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/renderer.py" line="+3"/>
        <source>Case report — {audience}</source>
        <translation>تقرير القضية — {audience}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/sharing.py" line="-6"/>
        <source>choose one of {names}</source>
        <translation>يُرجى الاختيار من بين: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partners (restricted)</source>
        <translation>الشركاء (توزيع محدود)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal (confidential)</source>
        <translation>داخلي (سري)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RESTRICTED — PARTNERS</source>
        <translation>توزيع محدود — الشركاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONFIDENTIAL — INTERNAL</source>
        <translation>سري — للاستخدام الداخلي</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/evidence.py" line="-266"/>
        <source>--alteration describes a working copy: give --copy-of ITEM too</source>
        <translation>يصف الخيار --alteration نسخة عمل: يُرجى تحديد --copy-of ITEM أيضاً</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>evidence item {copy_of} belongs to another case</source>
        <translation>عنصر الأدلة {copy_of} ينتمي إلى قضية أخرى</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>added {file} to {reference} as evidence {item}</source>
        <translation>أُضيف {file} إلى {reference} بوصفه الدليل {item}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--timeout must be more than 0 seconds</source>
        <translation>يجب أن تكون قيمة --timeout أكثر من 0 ثانية</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>captured {url} into {reference} as evidence {item}</source>
        <translation>التُقطت {url} في {reference} بوصفها الدليل {item}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>captured at {when} with {tool}</source>
        <translation>التُقطت في {when} بواسطة {tool}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the site answered {answer}; that answer is what was kept</source>
        <translation>أجاب الموقع {answer}؛ وهذه الإجابة هي ما حُفظ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>imported {file} into {reference} as evidence {item} (captured elsewhere)</source>
        <translation>استُورد {file} في {reference} بوصفه الدليل {item} (التُقط في مكان آخر)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{reference} has no evidence files</source>
        <translation>لا توجد ملفات أدلة في {reference}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vault</source>
        <translation>الخزنة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held elsewhere</source>
        <translation>محفوظ في مكان آخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(working copy of {item})</source>
        <translation>(نسخة عمل من {item})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>filed under {record}</source>
        <translation>مُدرج تحت {record}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyed digest of where it was obtained</source>
        <translation>البصمة المفتاحية لمصدر الحصول عليه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the capture time comes from</source>
        <translation>مصدر وقت الالتقاط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metadata removed from the copy</source>
        <translation>البيانات الوصفية المحذوفة من النسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working copy</source>
        <translation>نسخة العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the copy</source>
        <translation>بصمة SHA-256 للنسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size of the copy</source>
        <translation>حجم النسخة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Came from</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status</source>
        <translation>حالة HTTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed from the copy</source>
        <translation>ما حُذف من النسخة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the address comes from</source>
        <translation>مصدر العنوان</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no chain of custody for {item_id}: no evidence item with that id was ever in the vault</source>
        <translation>لا توجد سلسلة عهدة لـ {item_id}: لم يكن أي عنصر أدلة بهذا المعرّف في الخزنة قط</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../../hrdoc/cli/exchange.py" line="-209"/>
        <location filename="../../hrdoc/cli/report.py" line="+60"/>
        <location filename="../../hrdoc/cli/tables.py" line="+17"/>
        <source>{target} already exists; use --force to replace it</source>
        <translation>{target} موجود بالفعل؛ يُرجى استخدام --force لاستبداله</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>wrote {target} ({size}, sha256 {sha256})</source>
        <translation>كُتب {target} ({size}، sha256 {sha256})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>removed: {what}</source>
        <translation>أُزيل: {what}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/exchange.py" line="-32"/>
        <source>bundle passphrase</source>
        <translation>عبارة مرور الحزمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--encrypt needs a bundle passphrase</source>
        <translation>يتطلب الخيار --encrypt عبارة مرور للحزمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bundle is encrypted and no passphrase given</source>
        <translation>الحزمة مشفرة ولم تُقدَّم عبارة مرور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{why}: use --bundle-passphrase-file FILE or set {bundle_env}</source>
        <translation>{why}: يُرجى استخدام --bundle-passphrase-file FILE أو ضبط {bundle_env}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle passphrase: </source>
        <translation>عبارة مرور الحزمة: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle passphrase again: </source>
        <translation>عبارة مرور الحزمة مرة أخرى: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the two bundle passphrases differ; nothing was written</source>
        <translation>عبارتا مرور الحزمة مختلفتان؛ لم يُكتب أي شيء</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/services/exchange/bundle/crypto.py" line="+74"/>
        <source>the bundle passphrase is empty</source>
        <translation>عبارة مرور الحزمة فارغة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>internal use</source>
        <translation>الاستخدام الداخلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote {target}: case {reference} for {audience}, {records}, {files}</source>
        <translation>كُتب {target}: القضية {reference}، الجهة المستهدفة: {audience}، {records}، {files}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote {target}: case {reference} for {audience}, {records}, {files}, encrypted</source>
        <translation>كُتب {target}: القضية {reference}، الجهة المستهدفة: {audience}، {records}، {files}، مشفّر</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../hrdoc/cli/report.py" line="+2"/>
        <location filename="../../hrdoc/cli/tables.py" line="+2"/>
        <location filename="../../hrdoc/services/evidence/export.py" line="+124"/>
        <location filename="../../hrdoc/services/tables.py" line="+154"/>
        <source>the folder {parent} does not exist</source>
        <translation>المجلد {parent} غير موجود</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>it holds witness identities: keep it encrypted and hand it over only to your team</source>
        <translation>تحتوي على هويات الشهود: أبقِها مشفّرة ولا تسلّمها إلا إلى فريقك</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>created case {case}</source>
        <translation>أُنشئت القضية {case}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>merged into case {case}</source>
        <translation>دُمج في القضية {case}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>merged as a copy for {audience}: the store it came from holds only what they may see of this case, so its empty fields, deletions and log changed nothing here</source>
        <translation>دُمج بوصفه نسخة موجّهة إلى {audience}: لا تحتوي قاعدة البيانات التي جاء منها إلا ما يجوز لهذه الجهة الاطلاع عليه من القضية، لذا لم تغيّر حقولها الفارغة وعمليات الحذف فيها وسجلها شيئاً هنا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts settled by a decision made elsewhere: {count}</source>
        <translation>تعارضات حُسمت بقرار اتُّخذ في مكان آخر: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CONFLICTS: {records} changed on both sides; both versions are kept: resolve them in the app (Case → Conflicts) or with `hrdoc conflicts`</source>
        <translation>تعارضات: {records} (تعديلات من الجانبين)؛ حُفظت النسختان كلتاهما: احسمها في التطبيق (القضية ← التعارضات) أو باستخدام `hrdoc conflicts`</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from the team store:</source>
        <translation>من قاعدة بيانات الفريق:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(the team store did not have it)</source>
        <translation>(لم تكن في قاعدة بيانات الفريق)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the team store:</source>
        <translation>إلى قاعدة بيانات الفريق:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accepted the team store&apos;s audit log as it now is, although {problem}</source>
        <translation>قُبل سجل التدقيق في قاعدة بيانات الفريق على حاله، رغم أن {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>team store passphrase</source>
        <translation>عبارة مرور قاعدة بيانات الفريق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team store passphrase: </source>
        <translation>عبارة مرور قاعدة بيانات الفريق: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no passphrase for the team store {path}: use --team-passphrase-file FILE or set {env}</source>
        <translation>لا توجد عبارة مرور لقاعدة بيانات الفريق {path}: يُرجى استخدام --team-passphrase-file FILE أو ضبط {env}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>kept the local version</source>
        <translation>حُفظت النسخة المحلية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept the incoming version</source>
        <translation>حُفظت النسخة الواردة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--resolve CONFLICT and --keep local|incoming go together</source>
        <translation>الخياران --resolve CONFLICT و--keep local|incoming يُستخدمان معاً</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{reference} has no open conflicts</source>
        <translation>لا توجد تعارضات مفتوحة في {reference}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>deleted here; changed there</source>
        <translation>حُذف هنا؛ وعُدّل هناك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed here; deleted there</source>
        <translation>عُدّل هنا؛ وحُذف هناك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>here {here}  |  there {there}</source>
        <translation>هنا {here}  |  هناك {there}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/store.py" line="-81"/>
        <source>{file} is not a file: give the path of a case bundle (.hrdoc)</source>
        <translation>‏{file} ليس ملفاً: يُرجى تقديم مسار حزمة قضية (.hrdoc)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>wrote {file}</source>
        <translation>كُتب {file}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>made {store} an empty hrdoc team store</source>
        <translation>أصبحت {store} قاعدة بيانات فريق hrdoc فارغة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hrdoc does not encrypt it: the server alone protects it (docs/team-store.md). Next, give each investigator a login of their own: hrdoc team-roles --db URL --investigator NAME</source>
        <translation>لا يشفّرها hrdoc: الخادم وحده يحميها (docs/team-store.md). بعد ذلك، امنح كل محقق اسم دخول خاصاً به: hrdoc team-roles --db URL --investigator NAME</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>created an empty store at {store}</source>
        <translation>أُنشئت قاعدة بيانات فارغة في {store}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the passphrase safe: a lost passphrase cannot be recovered, and neither can the data</source>
        <translation>احفظ عبارة المرور في مكان آمن: لا يمكن استرداد عبارة مرور مفقودة، ولا البيانات أيضاً</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>created {store} holding the demo case {reference}</source>
        <translation>أُنشئت {store} وفيها القضية التجريبية {reference}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no cases yet</source>
        <translation>لا توجد قضايا بعد</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no matches</source>
        <translation>لا توجد نتائج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no matches the partners may see</source>
        <translation>لا توجد نتائج يجوز للشركاء الاطلاع عليها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no matches the public may see</source>
        <translation>لا توجد نتائج يجوز للجمهور الاطلاع عليها</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--limit must be at least 1</source>
        <translation>يجب ألا تقل قيمة --limit عن 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--kind {kind_name} is not searchable; choose from: {names}</source>
        <translation>لا يمكن البحث في --kind {kind_name}؛ يُرجى الاختيار من بين: {names}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>rebuilt the search index: {documents}</source>
        <translation>أُعيد بناء فهرس البحث: {documents}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ok: {check}</source>
        <translation>سليم: {check}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED: {problem}</source>
        <translation>إخفاق: {problem}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/tables.py" line="+9"/>
        <source>no table of {kind_name} records; choose from: {names}</source>
        <translation>لا يوجد جدول لسجلات {kind_name}؛ يُرجى الاختيار من بين: {names}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>wrote {rows} ({kind}) of {case} for {audience} to {target}</source>
        <translation>كُتب {rows} ({kind}) من {case}، الجهة المستهدفة: {audience}، في {target}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>wrote {incidents} of {case} as ACLED CSV for {audience} to {target}</source>
        <translation>كُتبت {incidents} من {case} بصيغة CSV الخاصة بـACLED، الجهة المستهدفة: {audience}، في {target}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/team.py" line="+18"/>
        <source>name at least one role: --investigator NAME or --reader NAME (each may be repeated)</source>
        <translation>يُرجى تحديد دور واحد على الأقل: --investigator NAME أو --reader NAME (يجوز تكرار كل منهما)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/services/team_roles.py" line="+94"/>
        <source>team-roles is for a team store on PostgreSQL: give its postgresql:// URL with --db</source>
        <translation>الأمر team-roles مخصص لقاعدة بيانات فريق على PostgreSQL: يُرجى تقديم عنوان postgresql:// الخاص بها مع --db</translation>
    </message>
    <message>
        <location filename="../../hrdoc/domain/validation.py" line="-97"/>
        <source>{label}: {message}</source>
        <translation>{label}: {message}</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+376"/>
        <source>is required and cannot be empty</source>
        <translation>مطلوب ولا يمكن أن يكون فارغاً</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>is {count} characters long; at most {limit} are allowed</source>
        <translation>طوله {count} حرفاً؛ الحد الأقصى المسموح به {limit}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>must be {words}</source>
        <translation>يجب أن يكون {words}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot be negative</source>
        <translation>لا يمكن أن يكون سالباً</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be between the low and high estimates ({lo} and {hi})</source>
        <translation>يجب أن يكون بين التقدير الأدنى والتقدير الأعلى ({lo} و{hi})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be below the low estimate ({lo})</source>
        <translation>لا يمكن أن يكون أقل من التقدير الأدنى ({lo})</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>cannot be above the high estimate ({hi})</source>
        <translation>لا يمكن أن يكون أعلى من التقدير الأعلى ({hi})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a date (YYYY-MM-DD), not a date and time</source>
        <translation>يجب أن يكون تاريخاً (YYYY-MM-DD)، لا تاريخاً ووقتاً</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/services/records_kinds.py" line="+193"/>
        <source>a date (YYYY-MM-DD)</source>
        <translation>تاريخاً (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+55"/>
        <location filename="../../hrdoc/services/evidence/sniff.py" line="+471"/>
        <source>text</source>
        <translation>نصاً</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>may contain only letters, digits and . _ / - (for example ML-2025-004)</source>
        <translation>لا يجوز أن يحتوي إلا على حروف وأرقام و. _ / - (مثلاً ML-2025-004)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a list of words</source>
        <translation>يجب أن يكون قائمة كلمات</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>a number of degrees</source>
        <translation>عدداً من الدرجات</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>must be between -90 and 90 degrees</source>
        <translation>يجب أن يكون بين -90 و90 درجة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between -180 and 180 degrees</source>
        <translation>يجب أن يكون بين -180 و180 درجة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give both latitude and longitude, or neither</source>
        <translation>يُرجى تحديد خط العرض وخط الطول معاً، أو عدم تحديد أي منهما</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>must be a list of names</source>
        <translation>يجب أن يكون قائمة أسماء</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>is required when an end date is given</source>
        <translation>مطلوب عند تحديد تاريخ انتهاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required when the date is known exactly</source>
        <translation>مطلوب عندما يكون التاريخ معروفاً بدقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes, no or unknown</source>
        <translation>نعم أو لا أو غير معروف</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the breakdown (women, men, children, unknown) adds up to {total}, more than the high estimate of the count ({high})</source>
        <translation>مجموع التوزيع (نساء، رجال، أطفال، غير معروف) هو {total}، وهو أكثر من التقدير الأعلى للعدد ({high})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the breakdown (women, men, children, unknown) adds up to {total}, more than the best estimate of the count ({high})</source>
        <translation>مجموع التوزيع (نساء، رجال، أطفال، غير معروف) هو {total}، وهو أكثر من التقدير الأرجح للعدد ({high})</translation>
    </message>
    <message>
        <location line="-234"/>
        <location filename="../../hrdoc/services/records_rules.py" line="+341"/>
        <source>{given} is not one of: {names}</source>
        <translation>{given} ليست من بين: {names}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{given} is not a well-formed URL: it must start with http:// or https:// and name a host, with no spaces</source>
        <translation>{given} ليس عنوان URL سليم البنية: يجب أن يبدأ بـ http:// أو https:// وأن يذكر اسم خادم، دون مسافات</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{given} is not an ISO 3166-1 alpha-2 country code (two capital letters naming a country, e.g. ML for Mali)</source>
        <translation>{given} ليس رمز بلد وفق ISO 3166-1 alpha-2 (حرفان كبيران يدلان على بلد، مثل ML لمالي)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{end} is before the start date {start}; the end date cannot be before the start date</source>
        <translation>{end} يسبق تاريخ البدء {start}؛ لا يمكن أن يسبق تاريخ الانتهاء تاريخ البدء</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>an individual victim counts as one; record several people as a group</source>
        <translation>الضحية الفردية تُحسب شخصاً واحداً؛ يُرجى تسجيل عدة أشخاص بوصفهم مجموعة</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+35"/>
        <location line="+86"/>
        <source>yes or no</source>
        <translation>نعم أو لا</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>say how consent was given (for example: oral, recorded at the start of the interview)</source>
        <translation>يُرجى بيان كيفية إعطاء الموافقة (مثلاً: شفهياً، مسجلة في بداية المقابلة)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the witness has not consented to be quoted; record that consent before marking the account quotable</source>
        <translation>لم يوافق الشاهد على الاقتباس منه؛ يُرجى تسجيل تلك الموافقة قبل وسم الإفادة بأنها قابلة للاقتباس</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a list of quotations</source>
        <translation>يجب أن يكون قائمة اقتباسات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required: an account must say what the witness said</source>
        <translation>مطلوب: يجب أن تذكر الإفادة ما قاله الشاهد</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot be before the publication date</source>
        <translation>لا يمكن أن يسبق تاريخ النشر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be 64 lowercase hexadecimal digits</source>
        <translation>يجب أن يتكون من 64 رقماً ست عشرياً بأحرف صغيرة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hrdoc/services/acled_values.py" line="+264"/>
        <location line="+31"/>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a link starts from exactly one source, account or evidence file</source>
        <translation>تنطلق الصلة من مصدر واحد أو إفادة واحدة أو ملف دليل واحد بالضبط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a link points to exactly one allegation or incident</source>
        <translation>تشير الصلة إلى ادعاء واحد أو حادثة واحدة بالضبط</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>is required for a range</source>
        <translation>مطلوب للنطاق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be below the figure ({low})</source>
        <translation>لا يمكن أن يقل عن الرقم ({low})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is given only for a range</source>
        <translation>لا يُذكر إلا للنطاق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a figure is given by exactly one source or account</source>
        <translation>يُنسب الرقم إلى مصدر واحد أو إفادة واحدة بالضبط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a figure is on exactly one incident or allegation</source>
        <translation>يتعلق الرقم بحادثة واحدة أو ادعاء واحد بالضبط</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be lowercase letters, digits and underscores, starting with a letter</source>
        <translation>يجب أن يتكون من حروف لاتينية صغيرة وأرقام وشرطات سفلية، وأن يبدأ بحرف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/acled_read.py" line="-130"/>
        <source>{name} is not UTF-8 text (first bad character on line {line}); save it as UTF-8 CSV (Excel: &apos;CSV UTF-8&apos;; LibreOffice: character set &apos;Unicode (UTF-8)&apos;) and import it again</source>
        <translation>{name} ليس نصاً بترميز UTF-8 (أول حرف خاطئ في السطر {line})؛ يُرجى حفظه بصيغة CSV UTF-8 (في Excel: «CSV UTF-8»؛ في LibreOffice: مجموعة الأحرف «Unicode (UTF-8)») ثم استيراده مجدداً</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is empty</source>
        <translation>{name} فارغ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is {encoding} text; save it as UTF-8 CSV (Excel: &apos;CSV UTF-8&apos;) and import it again</source>
        <translation>{name} نص بترميز {encoding}؛ يُرجى حفظه بصيغة CSV UTF-8 (في Excel: «CSV UTF-8») ثم استيراده مجدداً</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a CSV file: it holds binary data</source>
        <translation>{name} ليس ملف CSV: إنه يحتوي على بيانات ثنائية</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{name} has no rows to import (only its first line, the column names)</source>
        <translation>لا يحتوي {name} على أي سطر للاستيراد (سوى سطره الأول، أسماء الأعمدة)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>imported nothing from {name}: {rejected} of {rows} rows rejected (--strict: nothing is imported while any row is rejected)</source>
        <translation>لم يُستورد أي شيء من {name}: رُفض {rejected} من {rows} سطراً (--strict: لا يُستورد أي شيء ما دام أي سطر مرفوضاً)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>imported nothing from {name}: {rejected} of {rows} rows rejected</source>
        <translation>لم يُستورد أي شيء من {name}: رُفض {rejected} من {rows} سطراً</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>imported {imported} of {rows} rows from {name} as incidents; created {places} places, {actors} actors, {sources} sources, {links} source links; {rejected} rows rejected</source>
        <translation>استُورد {imported} من {rows} سطراً من {name} بوصفها حوادث؛ أُنشئ: {places} مكاناً، و{actors} جهة فاعلة، و{sources} مصدراً، و{links} صلة بمصدر؛ رُفض {rejected} سطراً</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>imported {imported} of {rows} rows from {name} as incidents; created {places} places, {actors} actors, {sources} sources, {links} source links</source>
        <translation>استُورد {imported} من {rows} سطراً من {name} بوصفها حوادث؛ أُنشئ: {places} مكاناً، و{actors} جهة فاعلة، و{sources} مصدراً، و{links} صلة بمصدر</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ignored columns (not ACLED columns): {names}</source>
        <translation>أعمدة مُتجاهَلة (ليست من أعمدة ACLED): {names}</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../hrdoc/services/exchange/bundle/container.py" line="+109"/>
        <location filename="../../hrdoc/services/exchange/bundle/reader.py" line="+431"/>
        <location filename="../../hrdoc/storage/store_key.py" line="+80"/>
        <source>cannot read {path}: {cause}</source>
        <translation>تتعذر قراءة {path}: {cause}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{name} is not a CSV file: it holds binary data (a NUL byte on line {number})</source>
        <translation>{name} ليس ملف CSV: إنه يحتوي على بيانات ثنائية (بايت NUL في السطر {number})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} is not an ACLED CSV file: its first line must name the columns, and it lacks {names} (it begins with {shown})</source>
        <translation>{name} ليس ملف CSV من ACLED: يجب أن يسمّي سطره الأول الأعمدة، وينقصه {names} (يبدأ بـ {shown})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>empty row</source>
        <translation>سطر فارغ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} cells but the first line names {width} columns (a comma or quote out of place?)</source>
        <translation>{count} خلية بينما يسمّي السطر الأول {width} عموداً (فاصلة أو علامة اقتباس في غير موضعها؟)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}, line {line_num}: a cell longer than {limit} characters (a quote opened and never closed?)</source>
        <translation>{name}، السطر {line_num}: خلية أطول من {limit} حرف (علامة اقتباس فُتحت ولم تُغلق؟)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}, line {line_num}: not readable as CSV ({err})</source>
        <translation>{name}، السطر {line_num}: تتعذر قراءته بصيغة CSV ({err})</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/acled_rows.py" line="+221"/>
        <source>{event_id} is already in this case (imported before)</source>
        <translation>{event_id} موجود بالفعل في هذه القضية (استورد من قبل)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{event_id} appears twice in the file (first on line {first})</source>
        <translation>{event_id} يرد مرتين في الملف (أول مرة في السطر {first})</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>no place: give location, or latitude and longitude</source>
        <translation>لا يوجد مكان: يُرجى تحديد location، أو latitude وlongitude</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{precision_text} is not 1 (exact), 2 (near) or 3 (region)</source>
        <translation>{precision_text} ليس 1 (دقيق) أو 2 (قريب) أو 3 (منطقة)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is at most {limit} characters long</source>
        <translation>طوله {limit} حرفاً على الأكثر</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{column}: {message}</source>
        <translation>{column}: {message}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/domain/validation.py" line="-441"/>
        <location filename="../../hrdoc/services/acled_rows.py" line="+99"/>
        <location filename="../../hrdoc/services/verify.py" line="+180"/>
        <source>{first}; {second}</source>
        <translation>{first}؛ {second}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/acled_values.py" line="-26"/>
        <source>{event} is not an ACLED event type ({known})</source>
        <translation>{event} ليس نوع حدث لدى ACLED ({known})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{sub} is not a sub-event type of {labels} ({known})</source>
        <translation>{sub} ليس نوعاً فرعياً من أنواع الأحداث ضمن {labels} ({known})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{text} is not 1 (day), 2 (week) or 3 (month)</source>
        <translation>{text} ليس 1 (يوم) أو 2 (أسبوع) أو 3 (شهر)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{given} is not a whole number of deaths (0 or more)</source>
        <translation>{given} ليس عدداً صحيحاً من الوفيات (0 أو أكثر)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{text} is not &apos;Civilian targeting&apos; or empty</source>
        <translation>{text} ليس «Civilian targeting» ولا فارغاً</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a name is at most {limit} characters long</source>
        <translation>يبلغ طول الاسم {limit} حرفاً على الأكثر</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{iso} is not an ISO 3166 numeric country code (Mali is 466)</source>
        <translation>{iso} ليس رمز بلد رقمياً وفق ISO 3166 (رمز مالي 466)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} is not a country name hrdoc knows; give iso too</source>
        <translation>{name} ليس اسم بلد يعرفه hrdoc؛ يُرجى تحديد iso أيضاً</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/acled_worker.py" line="+212"/>
        <source>the import of {file_name} stopped: the process reading it ended unexpectedly ({how}); nothing was imported. Try again; if it happens again, split the file</source>
        <translation>توقف استيراد {file_name}: انتهت العملية التي كانت تقرؤه على نحو غير متوقع ({how})؛ لم يُستورد أي شيء. يُرجى المحاولة مجدداً؛ وإذا تكرر ذلك، يُرجى تقسيم الملف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/actors_shared.py" line="+89"/>
        <location line="+38"/>
        <source>no case with id {into_case}</source>
        <translation>لا توجد قضية بالمعرّف {into_case}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no actor with id {actor_id}</source>
        <translation>لا توجد جهة فاعلة بالمعرّف {actor_id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is already an actor of {reference}; choose it there</source>
        <translation>{name} جهة فاعلة في {reference} بالفعل؛ يُرجى اختيارها هناك</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{reference} already has the actor {name}; choose it there</source>
        <translation>لدى {reference} الجهة الفاعلة {name} بالفعل؛ يُرجى اختيارها هناك</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} of {reference} is not offered to the {audience} audience: the case or the actor is hidden from it</source>
        <translation>{name} من {reference} غير معروضة على الجهة المستهدفة {audience}: القضية أو الجهة الفاعلة محجوبة عنها</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/cases.py" line="+190"/>
        <source>no case with reference or id {ref_or_id} (list them with `hrdoc cases`)</source>
        <translation>لا توجد قضية بالمرجع أو المعرّف {ref_or_id} (يسردها الأمر `hrdoc cases`)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/context.py" line="+42"/>
        <source>all of this program&apos;s connections to the store stayed in use (a large sync, or evidence moving?): wait for it to finish and try again; nothing was saved by the failed operation.</source>
        <translation>ظلت جميع اتصالات هذا البرنامج بقاعدة البيانات مشغولة (مزامنة كبيرة، أو نقل أدلة؟): يُرجى انتظار انتهائها ثم المحاولة مجدداً؛ لم تحفظ العملية التي أخفقت أي شيء.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/evidence/capture.py" line="+52"/>
        <source>a saved web page (HTML or MHTML), a PDF, a web archive (WARC) or a PNG or JPEG screenshot</source>
        <translation>صفحة ويب محفوظة (HTML أو MHTML)، أو ملف PDF، أو أرشيف ويب (WARC)، أو لقطة شاشة PNG أو JPEG</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>too many redirects: {url} was still being redirected after {max_redirects} redirects (last to {location}). Nothing was captured; try the address it ends up at.</source>
        <translation>عمليات إعادة توجيه كثيرة جداً: كان {url} لا يزال يُعاد توجيهه بعد {max_redirects} عملية إعادة توجيه (آخرها إلى {location}). لم يُلتقط أي شيء؛ يُرجى تجربة العنوان الذي ينتهي إليه.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>redirect loop: {url} redirects to {location}, which was already visited. The site keeps sending the browser in a circle (it may want cookies, which hrdoc does not keep); nothing was captured.</source>
        <translation>حلقة إعادة توجيه: يعيد {url} التوجيه إلى {location}، الذي سبقت زيارته. يظل الموقع يعيد المتصفح في دائرة (قد يطلب ملفات تعريف الارتباط، التي لا يحتفظ بها hrdoc)؛ لم يُلتقط أي شيء.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the file is empty; there is nothing to import</source>
        <translation>الملف فارغ؛ لا يوجد ما يُستورد</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>give the address (URL) of the page this capture shows: the Berkeley Protocol asks to keep at least the URL of online content, and this file does not say it</source>
        <translation>يُرجى تقديم عنوان (URL) الصفحة التي يعرضها هذا الالتقاط: يطلب بروتوكول بيركلي الاحتفاظ على الأقل بعنوان URL للمحتوى المنشور على الإنترنت، وهذا الملف لا يذكره</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{final_url} is not a web address; give the http:// or https:// address</source>
        <translation>{final_url} ليس عنوان ويب؛ يُرجى تقديم العنوان الذي يبدأ بـ http:// أو https://</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the time of capture needs a time zone (for example UTC); without one it could be hours off</source>
        <translation>يحتاج وقت الالتقاط إلى منطقة زمنية (مثلاً UTC)؛ فبدونها قد يختلف بساعات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the time of capture {when} is in the future; check the date</source>
        <translation>وقت الالتقاط {when} في المستقبل؛ يُرجى التحقق من التاريخ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>this web archive (WARC) is damaged and was not imported: {err}. Import the original file as it was saved, or capture the page again.</source>
        <translation>أرشيف الويب هذا (WARC) تالف ولم يُستورد: {err}. يُرجى استيراد الملف الأصلي كما حُفظ، أو التقاط الصفحة مجدداً.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>this file is a {label}, not a capture of a web page; unpack it and import the capture inside. hrdoc imports {importable_text}.</source>
        <translation>هذا الملف {label}، وليس التقاطاً لصفحة ويب؛ يُرجى فك ضغطه واستيراد الالتقاط الذي بداخله. يستورد hrdoc {importable_text}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this file was not recognised as a capture of a web page. hrdoc imports {importable_text}.</source>
        <translation>لم يُتعرف على هذا الملف بوصفه التقاطاً لصفحة ويب. يستورد hrdoc {importable_text}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this file is a {label}, not a capture of a web page. hrdoc imports {importable_text}.</source>
        <translation>هذا الملف {label}، وليس التقاطاً لصفحة ويب. يستورد hrdoc {importable_text}.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/evidence/capture_http.py" line="+298"/>
        <source>could not fetch {url}: unexpected response object</source>
        <translation>تعذر جلب {url}: كائن استجابة غير متوقع</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the proxy refused to connect to {host} ({err}) — check the proxy settings</source>
        <translation>رفض الخادم الوكيل الاتصال بـ {host} ({err}) — يُرجى التحقق من إعدادات الخادم الوكيل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not fetch {url}: {detail} — check that this computer is online</source>
        <translation>تعذر جلب {url}: {detail} — يُرجى التحقق من أن هذا الحاسوب متصل بالإنترنت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not fetch {url}: {cause}</source>
        <translation>تعذر جلب {url}: {cause}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not fetch {url}: {err} — check the address</source>
        <translation>تعذر جلب {url}: {err} — يُرجى التحقق من العنوان</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not find the server {host} (the name lookup failed) — check the address is spelled correctly, or that this computer is online</source>
        <translation>تعذر العثور على الخادم {host} (أخفق البحث عن الاسم) — يُرجى التحقق من صحة كتابة العنوان، أو من أن هذا الحاسوب متصل بالإنترنت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not connect to {host}: connection refused — check the address, or that this computer is online</source>
        <translation>تعذر الاتصال بـ {host}: رُفض الاتصال — يُرجى التحقق من العنوان، أو من أن هذا الحاسوب متصل بالإنترنت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{host} did not answer in full within 1 second, the time allowed for the whole capture (timed out); nothing was kept — try again later, or allow more time</source>
        <translation>لم يجب {host} إجابة كاملة خلال ثانية واحدة، وهي المهلة المتاحة للالتقاط كله (انتهت المهلة)؛ لم يُحتفظ بأي شيء — يُرجى المحاولة لاحقاً، أو منح وقت أطول</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{host} did not answer in full within {timeout} seconds, the time allowed for the whole capture (timed out); nothing was kept — try again later, or allow more time</source>
        <translation>لم يجب {host} إجابة كاملة خلال {timeout} ثانية، وهي المهلة المتاحة للالتقاط كله (انتهت المهلة)؛ لم يُحتفظ بأي شيء — يُرجى المحاولة لاحقاً، أو منح وقت أطول</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>{url} is larger than the limit of {limit}{size}; hrdoc stopped downloading and kept nothing. Raise the size limit if this file is needed, or save it another way.</source>
        <translation>{url} أكبر من الحد البالغ {limit}{size}؛ أوقف hrdoc التنزيل ولم يحتفظ بأي شيء. يُرجى رفع حد الحجم إذا كان هذا الملف مطلوباً، أو حفظه بطريقة أخرى.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the secure connection to {host} could not be verified: {reason}. The site&apos;s certificate is not trusted, so what arrived might not come from that site; nothing was captured. Check the address and this computer&apos;s date and time.</source>
        <translation>تعذر التحقق من الاتصال الآمن بـ {host}: {reason}. شهادة الموقع غير موثوق بها، لذا قد لا يكون ما وصل صادراً عن ذلك الموقع؛ لم يُلتقط أي شيء. يُرجى التحقق من العنوان ومن تاريخ هذا الحاسوب ووقته.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the secure (TLS) connection to {host} failed ({reason}) — try again later; if it persists, the site or a filter on this network is interfering</source>
        <translation>أخفق الاتصال الآمن (TLS) بـ {host} ({reason}) — يُرجى المحاولة لاحقاً؛ وإذا استمر ذلك، فإن الموقع أو مرشحاً على هذه الشبكة يتدخل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{host} closed the connection without answering — try again later</source>
        <translation>أغلق {host} الاتصال دون أن يجيب — يُرجى المحاولة لاحقاً</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection to {host} ended before the whole response arrived — nothing was kept; try again</source>
        <translation>انتهى الاتصال بـ {host} قبل وصول الاستجابة كاملة — لم يُحتفظ بأي شيء؛ يُرجى المحاولة مجدداً</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{host} sent a response hrdoc cannot read ({error_type}: {err}); nothing was kept</source>
        <translation>أرسل {host} استجابة لا يستطيع hrdoc قراءتها ({error_type}: {err})؛ لم يُحتفظ بأي شيء</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the connection to {host} was cut off — try again; nothing was kept</source>
        <translation>انقطع الاتصال بـ {host} — يُرجى المحاولة مجدداً؛ لم يُحتفظ بأي شيء</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no address given: type or paste the full address of the page, starting with https://</source>
        <translation>لم يُقدَّم عنوان: يُرجى كتابة العنوان الكامل للصفحة أو لصقه، بدءاً بـ https://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the address {text} contains control characters; paste it again</source>
        <translation>يحتوي العنوان {text} على أحرف تحكم؛ يُرجى لصقه مجدداً</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} is not a valid web address ({err})</source>
        <translation>{text} ليس عنوان ويب صالحاً ({err})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} is not a full web address: start it with https:// (or http://)</source>
        <translation>{text} ليس عنوان ويب كاملاً: يُرجى أن يبدأ بـ https:// (أو http://)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hrdoc captures only web pages (http: and https: addresses); {text} is a {scheme}: address and was refused</source>
        <translation>لا يلتقط hrdoc إلا صفحات الويب (عناوين http: وhttps:)؛ {text} عنوان {scheme}: وقد رُفض</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text} has no server name; check the address</source>
        <translation>لا يتضمن {text} اسم خادم؛ يُرجى التحقق من العنوان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the address {hostname} contains a user name or password; remove it (hrdoc does not send credentials, and would store them in the evidence)</source>
        <translation>يحتوي العنوان {hostname} على اسم مستخدم أو كلمة مرور؛ يُرجى إزالتهما (لا يرسل hrdoc بيانات الاعتماد، وكان سيخزنها في الدليل)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server name {host} is not a valid internationalised domain name</source>
        <translation>اسم الخادم {host} ليس اسم نطاق دولياً صالحاً</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{current} redirects to {target}, a {scheme}: address; hrdoc follows redirects only to http and https addresses, so nothing was captured</source>
        <translation>يعيد {current} التوجيه إلى {target}، وهو عنوان {scheme}:؛ لا يتبع hrdoc عمليات إعادة التوجيه إلا إلى عناوين http وhttps، لذا لم يُلتقط أي شيء</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{current} redirects to an address hrdoc cannot follow: {err}</source>
        <translation>يعيد {current} التوجيه إلى عنوان لا يستطيع hrdoc اتباعه: {err}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/evidence/export.py" line="-82"/>
        <source>no file at {source}</source>
        <translation>لا يوجد ملف في {source}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{source} is a folder; attach the files in it one by one</source>
        <translation>{source} مجلد؛ يُرجى إرفاق الملفات التي فيه واحداً تلو الآخر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{source} cannot be read (permission denied)</source>
        <translation>تتعذر قراءة {source} (رُفض الإذن)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{original_filename} is described here but its file is kept elsewhere</source>
        <translation>{original_filename} موصوف هنا لكن ملفه محفوظ في مكان آخر</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{original_filename} is {visibility}: it may not be exported for the {audience} audience</source>
        <translation>{original_filename} {visibility}: لا يجوز تصديره للجهة المستهدفة {audience}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>cannot make a clean public copy of {name}: it is larger than {limit} MiB, more than hrdoc cleans in memory; attach a smaller working copy (a still, an excerpt, a PDF of the pages that matter) and export that instead</source>
        <translation>تعذر إعداد نسخة عامة منقّاة من {name}: حجمه أكبر من {limit} ميبيبايت، أي أكثر مما ينقّيه hrdoc في الذاكرة؛ يُرجى إرفاق نسخة عمل أصغر (صورة ثابتة، أو مقتطف، أو ملف PDF للصفحات المهمة) وتصديرها بدلاً منه</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot make a clean public copy of {name}, {err}</source>
        <translation>تعذر إعداد نسخة عامة منقّاة من {name}، {err}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot make a clean public copy of {name}: {err}; attach a screenshot or a re-saved copy of it as a working copy and export that instead</source>
        <translation>تعذر إعداد نسخة عامة منقّاة من {name}: {err}؛ يُرجى إرفاق لقطة شاشة أو نسخة معاد حفظها منه بوصفها نسخة عمل وتصديرها بدلاً منه</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/evidence/intake.py" line="-187"/>
        <source>say what was altered in this working copy (cropped, redacted, transcribed…)</source>
        <translation>يُرجى بيان ما غُيّر في نسخة العمل هذه (قُصّت، أو حُجب جزء منها، أو نُسخت نصاً…)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give the file&apos;s original name</source>
        <translation>يُرجى تقديم الاسم الأصلي للملف</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>not enough free disk space for this file: it needs {needed} MiB, {free} MiB are free where the vault is ({root}); free some space and try again</source>
        <translation>لا توجد مساحة كافية على القرص لهذا الملف: يحتاج إلى {needed} ميبيبايت، والمتاح {free} ميبيبايت حيث توجد الخزنة ({root})؛ يُرجى إخلاء بعض المساحة ثم المحاولة مجدداً</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>{name} is over {limit} MiB; attach it as a plain evidence file</source>
        <translation>{name} أكبر من {limit} ميبيبايت؛ يُرجى إرفاقه بوصفه ملف دليل عادياً</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>a capture is filed under a source; that record is not one</source>
        <translation>يُصنَّف الالتقاط تحت مصدر؛ وهذا السجل ليس مصدراً</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/evidence/sanitize.py" line="+82"/>
        <source>a saved web page: the pictures, addresses and scripts it can embed cannot all be cleaned with certainty; export a screenshot or a PDF made from it instead</source>
        <translation>صفحة ويب محفوظة: لا يمكن تنقية كل ما قد تتضمنه من صور وعناوين ونصوص برمجية بيقين؛ يُرجى تصدير لقطة شاشة أو ملف PDF مُعد منها بدلاً منها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a web capture (WARC): it holds the page with everything embedded in it and the capture&apos;s network details; export a screenshot or a PDF made from the page instead</source>
        <translation>التقاط ويب (WARC): يحتوي على الصفحة بكل ما فيها وعلى تفاصيل الشبكة الخاصة بالالتقاط؛ يُرجى تصدير لقطة شاشة أو ملف PDF مُعد من الصفحة بدلاً منه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a text or e-mail ({label}): names, addresses, places and times in a text, or in an e-mail&apos;s headers and attachments, cannot be told from the rest; export a PDF or a screenshot of what may be published instead</source>
        <translation>نص أو بريد إلكتروني ({label}): لا يمكن تمييز الأسماء والعناوين والأماكن والأوقات في النص، أو في ترويسات البريد الإلكتروني ومرفقاته، عن سائر المحتوى؛ يُرجى تصدير ملف PDF أو لقطة شاشة لما يجوز نشره بدلاً منه</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a recording ({label}): the recording device, time and place it may carry are not removed by hrdoc; attach a still, an excerpt or a transcript made from it as a working copy and export that instead</source>
        <translation>تسجيل ({label}): لا يزيل hrdoc ما قد يحمله من بيانات جهاز التسجيل ووقته ومكانه؛ يُرجى إرفاق صورة ثابتة أو مقتطف أو نص مُفرغ منه بوصفه نسخة عمل وتصديره بدلاً منه</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an office document ({label}): its authors, revisions, comments and embedded pictures cannot be cleaned with certainty; export a PDF made from it instead</source>
        <translation>مستند مكتبي ({label}): لا يمكن تنقية مؤلفيه ومراجعاته وتعليقاته وصوره المضمنة بيقين؛ يُرجى تصدير ملف PDF مُعد منه بدلاً منه</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a picture of a kind hrdoc cannot re-encode ({label}): it re-encodes JPEG, PNG, WebP, TIFF, GIF and BMP only; attach a JPEG or PNG made from it (a screenshot will do) as a working copy and export that instead</source>
        <translation>صورة من نوع لا يستطيع hrdoc إعادة ترميزه ({label}): لا يعيد ترميز إلا JPEG وPNG وWebP وTIFF وGIF وBMP؛ يُرجى إرفاق ملف JPEG أو PNG مُعد منها (تكفي لقطة شاشة) بوصفه نسخة عمل وتصديره بدلاً منها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a file of a kind hrdoc cannot clean ({label}): attach a copy in a format it cleans (JPEG, PNG, WebP, TIFF, GIF, BMP or PDF) as a working copy and export that instead</source>
        <translation>ملف من نوع لا يستطيع hrdoc تنقيته ({label}): يُرجى إرفاق نسخة بصيغة يستطيع تنقيتها (JPEG أو PNG أو WebP أو TIFF أو GIF أو BMP أو PDF) بوصفها نسخة عمل وتصديرها بدلاً منه</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>an animated or multi-page {label}: hrdoc re-encodes still pictures only; attach a still of each page or frame (a screenshot will do) as a working copy and export that instead</source>
        <translation>{label} متحرك أو متعدد الصفحات: لا يعيد hrdoc ترميز إلا الصور الثابتة؛ يُرجى إرفاق صورة ثابتة لكل صفحة أو إطار (تكفي لقطة شاشة) بوصفها نسخة عمل وتصديرها بدلاً منه</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the {label} is too large to re-encode safely</source>
        <translation>{label} أكبر من أن يُعاد ترميزه بأمان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>damaged {label}: its picture could not be decoded ({error_type})</source>
        <translation>{label} تالف: تعذر فك ترميز صورته ({error_type})</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>its colour profile cannot be read ({error_type})</source>
        <translation>تتعذر قراءة ملف تعريف الألوان الخاص به ({error_type})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its colour profile cannot be applied ({exc})</source>
        <translation>يتعذر تطبيق ملف تعريف الألوان الخاص به ({exc})</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/evidence/sanitize_pdf.py" line="+70"/>
        <source>an encrypted PDF: hrdoc cannot read all of it to clean it; export a PDF made from it without encryption (print it to PDF) instead</source>
        <translation>ملف PDF مشفر: لا يستطيع hrdoc قراءته كاملاً لتنقيته؛ يُرجى تصدير ملف PDF غير مشفر مُعد منه (بطباعته إلى PDF) بدلاً منه</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>damaged PDF: it could not be read and rewritten ({error_type})</source>
        <translation>ملف PDF تالف: تعذرت قراءته وإعادة كتابته ({error_type})</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>a PDF with JPEG 2000 images: their containers can carry metadata hrdoc does not read; export a PDF made from it with another image format (print it to PDF) instead</source>
        <translation>ملف PDF يتضمن صور JPEG 2000: قد تحمل حاوياتها بيانات وصفية لا يقرؤها hrdoc؛ يُرجى تصدير ملف PDF مُعد منه بصيغة صور أخرى (بطباعته إلى PDF) بدلاً منه</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not a JPEG image: it does not start with the JPEG start-of-image marker</source>
        <translation>ليست صورة JPEG: لا تبدأ بعلامة بداية الصورة الخاصة بـ JPEG</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>damaged JPEG: it ends inside a segment header</source>
        <translation>ملف JPEG تالف: ينتهي داخل ترويسة مقطع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>damaged JPEG: segment at byte {offset} runs past the end of the file</source>
        <translation>ملف JPEG تالف: المقطع عند البايت {offset} يتجاوز نهاية الملف</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>damaged JPEG: expected a marker at byte {pos}</source>
        <translation>ملف JPEG تالف: كان يُتوقع وجود علامة عند البايت {pos}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>damaged JPEG: it ends inside a marker</source>
        <translation>ملف JPEG تالف: ينتهي داخل علامة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/evidence/service.py" line="+61"/>
        <source>no evidence file with id {evidence_id}</source>
        <translation>لا يوجد ملف دليل بالمعرّف {evidence_id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{original_filename} holds no GPS position</source>
        <translation>لا يحتوي {original_filename} على موقع GPS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no incident with id {incident_id} in this file&apos;s case</source>
        <translation>لا توجد حادثة بالمعرّف {incident_id} في قضية هذا الملف</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>say why the file is removed; the reason stays in its custody log</source>
        <translation>يُرجى بيان سبب إزالة الملف؛ يبقى السبب في سجل عهدته</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this file has working copies; remove those first</source>
        <translation>لهذا الملف نسخ عمل؛ يُرجى إزالتها أولاً</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{file} (case {case})</source>
        <translation>‏{file} (القضية {case})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>evidence {item}: {problem}</source>
        <translation>الدليل {item}: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>evidence {item}: content does not match the SHA-256 recorded at intake</source>
        <translation>الدليل {item}: المحتوى لا يطابق بصمة SHA-256 المسجّلة عند الإدخال</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evidence vault: file {file} belongs to no evidence item</source>
        <translation>خزنة الأدلة: الملف {file} لا يعود إلى أي دليل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>evidence vault: {count} file(s) whose upload to the team store was interrupted before their case was saved are kept for the next sync of that case to complete (nothing was deleted)</source>
        <translation>خزنة الأدلة: يُحتفظ بعدد {count} من الملفات انقطع رفعها إلى قاعدة بيانات الفريق قبل حفظ قضيتها، لتُكملها المزامنة التالية لتلك القضية (لم يُحذف شيء)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>evidence vault: {intact} of {files} files intact</source>
        <translation>خزنة الأدلة: {intact} من أصل {files} من الملفات سليمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>chains of custody: {items} items, {entries} entries</source>
        <translation>سلاسل العهدة: {items} من الأدلة، {entries} من القيود</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>evidence vault: removed {count} file(s) left by an interrupted intake</source>
        <translation>خزنة الأدلة: أُزيل {count} من الملفات خلّفها إدخال منقطع</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/evidence/store.py" line="+12"/>
        <location filename="../../hrdoc/services/records_rules.py" line="-93"/>
        <source>that {kind_name} belongs to another case</source>
        <translation>ذلك السجل ({kind_name}) ينتمي إلى قضية أخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no incident, allegation, source or account with id {rid} in this case</source>
        <translation>لا توجد حادثة أو ادعاء أو مصدر أو إفادة بالمعرّف {rid} في هذه القضية</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../hrdoc/services/records.py" line="+527"/>
        <source>{text} is not a record id (UUID)</source>
        <translation>{text} ليس معرّف سجل (UUID)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/bundle/archive.py" line="+38"/>
        <source>unsafe or unexpected member name {name}: {fault}</source>
        <translation>اسم عضو غير آمن أو غير متوقع {name}: {fault}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{message} ({detail})</source>
        <translation>{message} ({detail})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the bundle: {cause}</source>
        <translation>تتعذر قراءة الحزمة: {cause}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{truncated_message}: its end-of-archive record is missing</source>
        <translation>{truncated_message}: سجل نهاية الأرشيف مفقود</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>{truncated_message}: its zip64 end record is missing</source>
        <translation>{truncated_message}: سجل نهاية zip64 مفقود</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bundle is a multi-part archive, which hrdoc does not read</source>
        <translation>الحزمة أرشيف متعدد الأجزاء، وهو ما لا يقرؤه hrdoc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bundle has {entries} members; at most {max_entries} are allowed</source>
        <translation>تضم الحزمة {entries} عضواً؛ الحد الأقصى المسموح به {max_entries}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{truncated_message}: its directory is not where its end record says</source>
        <translation>{truncated_message}: دليل الأرشيف ليس حيث يشير سجل النهاية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the bundle&apos;s directory is {size} bytes for {entries} members, far more than names need</source>
        <translation>حجم دليل الحزمة {size} بايت لـ {entries} عضواً، وهو أكثر بكثير مما تحتاجه الأسماء</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the bundle has {count} members; at most {max_entries} are allowed</source>
        <translation>تضم الحزمة {count} عضواً؛ الحد الأقصى المسموح به {max_entries}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the member {name} appears twice in the bundle</source>
        <translation>العضو {name} يرد مرتين في الحزمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the member {name} is a symbolic link; a bundle holds only plain files</source>
        <translation>العضو {name} رابط رمزي؛ لا تضم الحزمة إلا ملفات عادية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the member {name} is a folder or a special file; a bundle holds only plain files</source>
        <translation>العضو {name} مجلد أو ملف خاص؛ لا تضم الحزمة إلا ملفات عادية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the member {name} uses zip encryption, which hrdoc bundles never use</source>
        <translation>يستخدم العضو {name} تشفير zip، الذي لا تستخدمه حزم hrdoc أبداً</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the member {name} uses compression method {compress_type}, which hrdoc bundles never use</source>
        <translation>يستخدم العضو {name} طريقة الضغط {compress_type}، التي لا تستخدمها حزم hrdoc أبداً</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the member {name} is too large ({file_size} bytes; the limit is {max_member_size})</source>
        <translation>العضو {name} كبير جداً ({file_size} بايت؛ الحد {max_member_size})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the bundle&apos;s members add up to more than the limit of {max_total_size} bytes</source>
        <translation>يتجاوز مجموع أعضاء الحزمة الحد البالغ {max_total_size} بايت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{truncated_message}: the member {name} has two different sizes</source>
        <translation>{truncated_message}: للعضو {name} حجمان مختلفان</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the member {name} would expand {ratio} times ({compress_size} bytes to {file_size}); refusing what looks like a zip bomb</source>
        <translation>سيتمدد العضو {name} {ratio} مرة ({compress_size} بايت إلى {file_size})؛ رُفض ما يبدو قنبلة zip</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{truncated_message}: the member {filename} has no local header</source>
        <translation>{truncated_message}: لا توجد ترويسة محلية للعضو {filename}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the members {first} and {second} overlap in the archive (a zip bomb, or a damaged archive)</source>
        <translation>يتداخل العضوان {first} و{second} في الأرشيف (قنبلة zip، أو أرشيف تالف)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the member {spans} runs into the archive&apos;s directory (a zip bomb, or a damaged archive)</source>
        <translation>يمتد العضو {spans} إلى دليل الأرشيف (قنبلة zip، أو أرشيف تالف)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{truncated_message}: the member {filename} has another name in its local header</source>
        <translation>{truncated_message}: يحمل العضو {filename} اسماً آخر في ترويسته المحلية</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/bundle/container.py" line="+7"/>
        <location line="+117"/>
        <source>cannot write the bundle {path}: {cause}</source>
        <translation>تتعذر كتابة الحزمة {path}: {cause}</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>{name} is larger than the {limit} bytes a bundle member of its kind may have</source>
        <translation>{name} أكبر من {limit} بايت المسموح بها لعضو حزمة من نوعه</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/bundle/crypto.py" line="+100"/>
        <source>{truncated_message}: the encryption header is cut short</source>
        <translation>{truncated_message}: ترويسة التشفير مبتورة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this bundle was encrypted by a newer hrdoc (encryption version {version}); install the newer hrdoc to import it</source>
        <translation>شُفّرت هذه الحزمة بإصدار أحدث من hrdoc (إصدار التشفير {version})؛ يُرجى تثبيت الإصدار الأحدث لاستيرادها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown bundle encryption (version {version}, key derivation {kdf})</source>
        <translation>تشفير حزمة غير معروف (الإصدار {version}، اشتقاق المفتاح {kdf})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bundle&apos;s key derivation settings are out of range (n=2**{log2n}, r={r}, p={p})</source>
        <translation>إعدادات اشتقاق مفتاح الحزمة خارج النطاق (n=2**{log2n}، r={r}، p={p})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the bundle&apos;s chunk size is out of range ({chunk_size})</source>
        <translation>حجم كتل الحزمة خارج النطاق ({chunk_size})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{truncated_message}: the encrypted bundle ends in the middle of a chunk</source>
        <translation>{truncated_message}: تنتهي الحزمة المشفرة في منتصف كتلة</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{truncated_message}: the last part ({part} of {chunks}) of the encrypted bundle fails authentication (it was cut short, or altered)</source>
        <translation>{truncated_message}: يخفق الجزء الأخير ({part} من {chunks}) من الحزمة المشفرة في المصادقة (بُتر أو عُدّل)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the encrypted bundle is damaged: part {part} of {chunks} fails authentication (it was altered)</source>
        <translation>الحزمة المشفرة تالفة: يخفق الجزء {part} من {chunks} في المصادقة (عُدّل)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the encrypted bundle is damaged: part {part} has the wrong length</source>
        <translation>الحزمة المشفرة تالفة: طول الجزء {part} غير صحيح</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{truncated_message}: the encrypted bundle changed while it was read</source>
        <translation>{truncated_message}: تغيرت الحزمة المشفرة أثناء قراءتها</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/bundle/errors.py" line="+13"/>
        <source>this bundle is encrypted; give its passphrase (--bundle-passphrase-file or HRDOC_BUNDLE_PASSPHRASE)</source>
        <translation>هذه الحزمة مشفرة؛ يُرجى تقديم عبارة المرور الخاصة بها (--bundle-passphrase-file أو HRDOC_BUNDLE_PASSPHRASE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong bundle passphrase, or the bundle is damaged</source>
        <translation>عبارة مرور الحزمة خاطئة، أو الحزمة تالفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle is incomplete or damaged (truncated?)</source>
        <translation>الحزمة ناقصة أو تالفة (مبتورة؟)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/bundle/reader.py" line="-350"/>
        <source>{name} is not UTF-8 JSON</source>
        <translation>{name} ليس JSON بترميز UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not UTF-8 text (byte {start})</source>
        <translation>{name} ليس نصاً بترميز UTF-8 (البايت {start})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not valid JSON (line {lineno}, column {colno}: {msg})</source>
        <translation>{name} ليس JSON صالحاً (السطر {lineno}، العمود {colno}: {msg})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not valid JSON for hrdoc: {err}</source>
        <translation>{name} ليس JSON صالحاً لـ hrdoc: {err}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} nests too deeply to be read</source>
        <translation>{name} متداخل إلى حد يتعذر معه قراءته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not valid JSON ({err})</source>
        <translation>{name} ليس JSON صالحاً ({err})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{name} is longer than the manifest says (altered or damaged)</source>
        <translation>{name} أطول مما يذكر البيان (معدّل أو تالف)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is shorter than the manifest says ({truncated_message})</source>
        <translation>{name} أقصر مما يذكر البيان ({truncated_message})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} does not match its SHA-256 in the manifest (altered or damaged)</source>
        <translation>لا يطابق {name} بصمته SHA-256 في البيان (معدّل أو تالف)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>this is not an hrdoc bundle: it has no {name}</source>
        <translation>هذه ليست حزمة hrdoc: ليس فيها {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is too large ({file_size} bytes; the limit is {max_json_size})</source>
        <translation>{name} كبير جداً ({file_size} بايت؛ الحد {max_json_size})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} does not have the size the archive says ({truncated_message})</source>
        <translation>حجم {name} ليس كما يذكر الأرشيف ({truncated_message})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the member {name} is in the bundle but not in its manifest</source>
        <translation>العضو {name} موجود في الحزمة لكنه ليس في بيانها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the manifest lists {name}, which is not in the bundle</source>
        <translation>يسرد البيان {name}، وهو غير موجود في الحزمة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the member {name} is {file_size} bytes in the archive but {size} in the manifest</source>
        <translation>حجم العضو {name} في الأرشيف {file_size} بايت لكنه {size} في البيان</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is too large ({size} bytes; the limit is {max_json_size})</source>
        <translation>{name} كبير جداً ({size} بايت؛ الحد {max_json_size})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the manifest counts {counted} record(s) of {kind_name}, but the bundle has no records/{kind_name}.json</source>
        <translation>يحصي البيان {counted} سجلاً من نوع {kind_name}، لكن الحزمة لا تضم records/{kind_name}.json</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this is not an hrdoc bundle: its manifest.json is not that of an hrdoc bundle</source>
        <translation>هذه ليست حزمة hrdoc: ملف manifest.json فيها ليس ملف حزمة hrdoc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this bundle&apos;s format version {version} is not one hrdoc knows</source>
        <translation>إصدار صيغة هذه الحزمة {version} ليس مما يعرفه hrdoc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this bundle was made by a newer hrdoc (format {version}; this hrdoc reads format {format_version}); install the newer hrdoc to import it</source>
        <translation>أُعدت هذه الحزمة بإصدار أحدث من hrdoc (الصيغة {version}؛ يقرأ هذا الإصدار الصيغة {format_version})؛ يُرجى تثبيت الإصدار الأحدث لاستيرادها</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>manifest.json: {fault}</source>
        <translation>manifest.json: {fault}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the bundle has no {sums}</source>
        <translation>لا تضم الحزمة {sums}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{sums} is not plain text</source>
        <translation>{sums} ليس نصاً عادياً</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{sums}, line {number}, is not of the form &apos;&lt;sha256&gt;  &lt;name&gt;&apos;</source>
        <translation>{sums}، السطر {number}، ليس على الشكل &apos;&lt;sha256&gt;  &lt;name&gt;&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{sums} lists {name} twice</source>
        <translation>يسرد {sums} الملف {name} مرتين</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{sums} and the manifest do not list the same members ({names})</source>
        <translation>لا يسرد {sums} والبيان الأعضاء أنفسهم ({names})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{sums} gives {name} another SHA-256 than {what}</source>
        <translation>يعطي {sums} للملف {name} بصمة SHA-256 غير التي في {what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} should hold a JSON array</source>
        <translation>يجب أن يحتوي {name} على مصفوفة JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}, {which}: {fault}</source>
        <translation>{name}، {which}: {fault}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} has two records with {key_field} {key}</source>
        <translation>في {name} سجلان بـ {key_field} {key}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the manifest counts {counted} record(s) of {kind_name}, but {name} holds {count}</source>
        <translation>يحصي البيان {counted} سجلاً من نوع {kind_name}، لكن {name} يضم {count}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} holds {count} cases; a bundle holds exactly one</source>
        <translation>يضم {name} {count} قضايا؛ والحزمة تضم قضية واحدة بالضبط</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the manifest names case {id}, but {name} holds another</source>
        <translation>يذكر البيان القضية {id}، لكن {name} يضم قضية أخرى</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name} is empty: it is not an hrdoc bundle</source>
        <translation>{name} فارغ: ليس حزمة hrdoc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not an hrdoc bundle (neither a zip archive nor an encrypted bundle)</source>
        <translation>{name} ليس حزمة hrdoc (ليس أرشيف zip ولا حزمة مشفرة)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{truncated_message}: its directory does not agree with its end record</source>
        <translation>{truncated_message}: دليل الأرشيف لا يتفق مع سجل النهاية</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/bundles.py" line="+170"/>
        <source>the bundle does not hold exactly one case</source>
        <translation>لا تضم الحزمة قضية واحدة بالضبط</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the bundle carries a file that none of its records describes ({stray}{more})</source>
        <translation>تحمل الحزمة ملفاً لا يصفه أي من سجلاتها ({stray}{more})</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/checks.py" line="+47"/>
        <source>{what} has no valid id</source>
        <translation>ليس لـ {what} معرّف صالح</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the copy does not hold exactly its one case</source>
        <translation>لا تضم النسخة قضيتها الوحيدة بالضبط</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the copy holds records of an unknown kind {kind_name}</source>
        <translation>تضم النسخة سجلات من نوع غير معروف {kind_name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the copy holds the record {rid} twice</source>
        <translation>تضم النسخة السجل {rid} مرتين</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the copy deletes a {kind_name} ({rid}); a copy of a case can only delete records inside it</source>
        <translation>تحذف النسخة سجلاً من نوع {kind_name} ({rid})؛ لا يجوز لنسخة قضية أن تحذف إلا سجلات داخلها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the copy&apos;s deletion of {kind_name} {rid} belongs to another case</source>
        <translation>حذف النسخة لسجل {kind_name} {rid} يخص قضية أخرى</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the copy both holds and deletes the record {rid}</source>
        <translation>تضم النسخة السجل {rid} وتحذفه في آن واحد</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the copy&apos;s {kind_name} {rid} is a {found_kind} in this store</source>
        <translation>السجل {kind_name} {rid} في النسخة هو {found_kind} في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>the copy&apos;s audit entry {number} belongs to another case</source>
        <translation>قيد التدقيق {number} في النسخة ينتمي إلى قضية أخرى</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>the copy&apos;s {kind_name} {rid} belongs to {case} of this store</source>
        <translation>السجل {kind_name} {rid} في النسخة ينتمي إلى {case} في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the copy&apos;s audit log speaks of a record of {case} of this store</source>
        <translation>يتحدث سجل التدقيق في النسخة عن سجل من {case} في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the copy holds the {what} of a {owner_kind} ({owner}) that it does not carry</source>
        <translation>تضم النسخة بيانات {what} لسجل {owner_kind} ({owner}) لا تحمله</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the copy holds two {what} records for the {owner_kind} {owner}</source>
        <translation>تضم النسخة سجلين من {what} لسجل {owner_kind} {owner}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the copy holds a version ({vid}) of an account ({account}) that it does not carry</source>
        <translation>تضم النسخة إصداراً ({vid}) من إفادة ({account}) لا تحملها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the copy holds the account version {vid} twice</source>
        <translation>تضم النسخة إصدار الإفادة {vid} مرتين</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the copy&apos;s account version {vid} belongs to another account in this store</source>
        <translation>إصدار الإفادة {vid} في النسخة ينتمي إلى إفادة أخرى في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>two witnesses of the case would share the pseudonym {pseudonym}; rename one of them (here or where the copy comes from), then try again</source>
        <translation>سيشترك شاهدان في القضية في الاسم المستعار {pseudonym}؛ يُرجى إعادة تسمية أحدهما (هنا أو حيث جاءت النسخة)، ثم المحاولة مجدداً</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the copy&apos;s {kind_name} {record_id} refers to a {target} of another case</source>
        <translation>يشير السجل {kind_name} {record_id} في النسخة إلى {target} من قضية أخرى</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the copy&apos;s {kind_name} {record_id} refers to a {target} ({tid}) that is neither in it nor here</source>
        <translation>يشير السجل {kind_name} {record_id} في النسخة إلى {target} ({tid}) غير موجود فيها ولا هنا</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the copy&apos;s {kind_name} {record_id} uses the {words} {row} ({fld}), which neither this store&apos;s {words} vocabulary nor the copy holds; add that term here (same code), then import again</source>
        <translation>يستخدم السجل {kind_name} {record_id} في النسخة مصطلح {words} {row} ({fld})، الذي لا تحتويه مفردات {words} في قاعدة البيانات هذه ولا النسخة؛ يُرجى إضافة ذلك المصطلح هنا (بالرمز نفسه)، ثم الاستيراد مجدداً</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the copy&apos;s {kind_name} {record_id} breaks a rule: {errors}</source>
        <translation>يخالف السجل {kind_name} {record_id} في النسخة قاعدة: {errors}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the copy&apos;s account {account_id} breaks a rule: {err}</source>
        <translation>تخالف الإفادة {account_id} في النسخة قاعدة: {err}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the copy&apos;s consent of witness {witness} breaks a rule here: {err}</source>
        <translation>تخالف موافقة الشاهد {witness} في النسخة قاعدة هنا: {err}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the copy changes the {fld} of the evidence item {id}; what an evidentiary file is never changes once recorded</source>
        <translation>تغيّر النسخة الحقل {fld} لعنصر الأدلة {id}؛ وما يكون عليه ملف الإثبات لا يتغير أبداً بعد تسجيله</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the copy&apos;s chain of custody has an entry for an item ({item}) that it does not carry</source>
        <translation>تتضمن سلسلة العهدة في النسخة قيداً لعنصر ({item}) لا تحمله</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>chain of custody of evidence item {evidence_id}, entry {seq} (from another store)</source>
        <translation>سلسلة عهدة عنصر الأدلة {evidence_id}، القيد {seq} (من قاعدة بيانات أخرى)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: was altered after it was first written</source>
        <translation>‏{where}: عُدِّل بعد كتابته أول مرة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>chain of custody of evidence item {evidence_id} as written by store {store}: entry {seq} does not follow entry {previous}</source>
        <translation>سلسلة عهدة عنصر الأدلة {evidence_id} كما كتبتها قاعدة البيانات {store}: القيد {seq} لا يلي القيد {previous}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>audit entry {seq} (from another store): was altered after it was first written</source>
        <translation>القيد {seq} في سجل التدقيق (من قاعدة بيانات أخرى): عُدِّل بعد كتابته أول مرة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/checks_logs.py" line="+94"/>
        <source>the chain of custody of evidence item {item} in the copy, entry {number}</source>
        <translation>سلسلة عهدة عنصر الأدلة {item} في النسخة، القيد {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>{place} is malformed</source>
        <translation>{place} مشوّه البنية</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{place} does not follow the entry before it</source>
        <translation>{place} لا يلي القيد الذي قبله</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>{place} was altered after it was written</source>
        <translation>عُدّل {place} بعد كتابته</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>the copy&apos;s audit entry {number}</source>
        <translation>قيد التدقيق {number} في النسخة</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the copy&apos;s log entry {entry_hash} is malformed</source>
        <translation>قيد السجل {entry_hash} في النسخة مشوّه البنية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the copy&apos;s log entry {entry_hash} says something other than this store&apos;s record of the same entry: it was altered</source>
        <translation>يقول قيد السجل {entry_hash} في النسخة شيئاً غير ما تسجله قاعدة البيانات هذه للقيد نفسه: لقد عُدّل</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/conflicts.py" line="+156"/>
        <location filename="../../hrdoc/services/exchange/conflicts_decide.py" line="+51"/>
        <source>no conflict with id {conflict_id}</source>
        <translation>لا يوجد تعارض بالمعرّف {conflict_id}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/conflicts_decide.py" line="-5"/>
        <source>choose {names}</source>
        <translation>يُرجى اختيار {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this conflict was already resolved</source>
        <translation>سبق حل هذا التعارض</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>that decision would break a rule of the store ({first}); nothing was changed</source>
        <translation>سيخالف ذلك القرار قاعدة من قواعد قاعدة البيانات ({first})؛ لم يتغير أي شيء</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the other version of this {kind} cannot come back: the {owner} it belongs to is deleted here (decide that one first, or keep this laptop&apos;s version)</source>
        <translation>لا يمكن استعادة الإصدار الآخر من هذا {kind}: فالـ {owner} الذي ينتمي إليه محذوف هنا (يُرجى البت فيه أولاً، أو الإبقاء على إصدار هذا الحاسوب)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>this item has working copies here that the other side did not delete; remove those first (Evidence → Remove), or keep this laptop&apos;s version</source>
        <translation>لهذا العنصر هنا نسخ عمل لم يحذفها الطرف الآخر؛ يُرجى إزالتها أولاً (الأدلة ← إزالة)، أو الإبقاء على إصدار هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>taking the incoming version would move a record between cases; keep the local version instead</source>
        <translation>اعتماد الإصدار الوارد سينقل سجلاً بين القضايا؛ يُرجى الإبقاء على الإصدار المحلي بدلاً منه</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/merge.py" line="+265"/>
        <source>{kind_name} {record_id}</source>
        <translation>{kind_name} {record_id}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>version {version} of account {account_id}</source>
        <translation>الإصدار {version} من الإفادة {account_id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the case&apos;s records are not valid: {shown}</source>
        <translation>سجلات القضية غير صالحة: {shown}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>this store already has a different case with the reference {reference}; change that case&apos;s reference, then import again</source>
        <translation>في قاعدة البيانات هذه قضية أخرى بالمرجع {reference}؛ يُرجى تغيير مرجع تلك القضية، ثم الاستيراد مجدداً</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the file of {original_filename} does not match its recorded SHA-256</source>
        <translation>لا يطابق ملف {original_filename} بصمته SHA-256 المسجلة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/refusal.py" line="+30"/>
        <source>the copy breaks a rule of the store ({first_line})</source>
        <translation>تخالف النسخة قاعدة من قواعد قاعدة البيانات ({first_line})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text}; nothing was merged</source>
        <translation>{text}؛ لم يُدمج أي شيء</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/snapshot.py" line="+164"/>
        <source>{given} is not a valid value: {err}</source>
        <translation>{given} ليست قيمة صالحة: {err}</translation>
    </message>
    <message>
        <location line="+116"/>
        <location filename="../../hrdoc/services/records_rules.py" line="+19"/>
        <source>no case with id {case_id}</source>
        <translation>لا توجد قضية بالمعرّف {case_id}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/audit_words.py" line="+656"/>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+155"/>
        <source>its log now ends at entry {end}</source>
        <translation>ينتهي سجلها الآن عند القيد {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+2"/>
        <source>its log is now empty</source>
        <translation>سجلها فارغ الآن</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+2"/>
        <source>entry {start_seq} is gone ({now})</source>
        <translation>القيد {start_seq} لم يعد موجوداً ({now})</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Exported the “{table}” table of case {case} as CSV for the internal audience</source>
        <translation>تصدير جدول «{table}» من القضية {case} بصيغة CSV، الجهة المستهدفة: داخلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported the “{table}” table of case {case} as CSV for the partners audience</source>
        <translation>تصدير جدول «{table}» من القضية {case} بصيغة CSV، الجهة المستهدفة: الشركاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported the “{table}” table of case {case} as CSV for the public audience</source>
        <translation>تصدير جدول «{table}» من القضية {case} بصيغة CSV، الجهة المستهدفة: عامة الجمهور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported the incidents of case {case} as ACLED CSV for the internal audience</source>
        <translation>تصدير حوادث القضية {case} بصيغة CSV الخاصة بـACLED، الجهة المستهدفة: داخلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported the incidents of case {case} as ACLED CSV for the partners audience</source>
        <translation>تصدير حوادث القضية {case} بصيغة CSV الخاصة بـACLED، الجهة المستهدفة: الشركاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported the incidents of case {case} as ACLED CSV for the public audience</source>
        <translation>تصدير حوادث القضية {case} بصيغة CSV الخاصة بـACLED، الجهة المستهدفة: عامة الجمهور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody entry ({action} by {actor}) merged from {origin}</source>
        <translation>قيد في سلسلة العهدة ({action}، بواسطة {actor}) دُمج من {origin}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted the audit log of the team store {where} as it now is, although {problem}</source>
        <translation>قبول سجل التدقيق في قاعدة بيانات الفريق {where} على حاله الراهنة، رغم أن {problem}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+3"/>
        <source>entry {start_seq} is no longer the entry this store saw</source>
        <translation>لم يعد القيد {start_seq} هو القيد الذي رأته قاعدة البيانات هذه</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+12"/>
        <source>entry {expected_seq} is missing (the next is {seq})</source>
        <translation>القيد {expected_seq} مفقود (التالي هو {seq})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+5"/>
        <source>entry {seq} does not follow on from the entries before it</source>
        <translation>القيد {seq} لا يلي القيود التي قبله</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="-82"/>
        <source>an unknown date</source>
        <translation>تاريخ غير معروف</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>team store {store}: this store has not synced with it yet (no earlier head to compare)</source>
        <translation>قاعدة بيانات الفريق {store}: لم تُزامَن قاعدة البيانات هذه معها بعد (لا يوجد رأس سابق للمقارنة)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>team store {store}: its audit log still holds entry {entry} as this store saw it at its last sync ({seen}), and the entries after it ({count}) follow on from it</source>
        <translation>قاعدة بيانات الفريق {store}: لا يزال سجل التدقيق فيها يحتوي على القيد {entry} كما رأته قاعدة البيانات هذه عند آخر مزامنة ({seen})، والقيود التالية له ({count}) متصلة به</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nothing was synced. </source>
        <translation>لم تُزامَن أي بيانات. </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the team store {place}: {what}; {consequence}Tell your team and whoever runs its server, and compare with the other laptops before trusting it; once you know why (a restore from an older backup, say), `hrdoc sync CASE --team DB --accept-team-log` takes its log as it now is (recorded in this store&apos;s audit log)</source>
        <translation>قاعدة بيانات الفريق {place}: {what}؛ {consequence}يُرجى إبلاغ فريقك ومن يدير خادمها، والمقارنة بالحواسيب الأخرى قبل الوثوق بها؛ وبعد معرفة السبب (استعادة من نسخة احتياطية أقدم مثلاً)، يعتمد الأمر `hrdoc sync CASE --team DB --accept-team-log` سجلها كما هو الآن (ويُسجَّل ذلك في سجل التدقيق في قاعدة البيانات هذه)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/audit_words.py" line="-7"/>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+25"/>
        <source>is gone</source>
        <translation>لم يعد موجوداً</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+0"/>
        <source>is now {team_id}</source>
        <translation>أصبح الآن {team_id}</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+2"/>
        <source>it is not the store this store last synced with there ({seen}): its id {now} (it was {team_id})</source>
        <translation>ليست قاعدة البيانات التي زامنت معها قاعدة البيانات هذه آخر مرة في ذلك الموقع ({seen}): معرّفها {now} (كان {team_id})</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+12"/>
        <source>its audit log was rewritten behind this store: {fault}, which this store saw at its last sync ({seen})</source>
        <translation>أُعيدت كتابة سجل التدقيق فيها دون علم قاعدة البيانات هذه: {fault}، وهو ما رأته قاعدة البيانات هذه عند آخر مزامنة لها ({seen})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+7"/>
        <source>its audit log was changed outside hrdoc: {fault}</source>
        <translation>غُيّر سجل التدقيق فيها خارج hrdoc: {fault}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+20"/>
        <source>the team store {place}: its audit log changed while this store synced ({fault}); the case was synced, but this store keeps the team log&apos;s head it had. Run `hrdoc verify --db TEAM` and tell your team and whoever runs its server</source>
        <translation>قاعدة بيانات الفريق {place}: تغيّر سجل التدقيق فيها أثناء مزامنة قاعدة البيانات هذه ({fault})؛ زُومنت القضية، لكن قاعدة البيانات هذه تحتفظ برأس سجل الفريق الذي كان لديها. يُرجى تشغيل `hrdoc verify --db TEAM` وإبلاغ فريقك ومن يدير خادمها</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/passphrase.py" line="+19"/>
        <source>the passphrase is too short: use at least {count} characters (a few words is best)</source>
        <translation>عبارة المرور قصيرة جداً: يُرجى استخدام {count} حرفاً على الأقل (ويُفضَّل بضع كلمات)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../hrdoc/storage/store_key.py" line="-30"/>
        <source>the passphrase contains a NUL character; choose another one</source>
        <translation>تحتوي عبارة المرور على حرف NUL؛ يُرجى اختيار عبارة أخرى</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the passphrase file {source} is not UTF-8 text: save it as UTF-8 (plain text) and try again</source>
        <translation>ملف عبارة المرور {source} ليس نصاً بترميز UTF-8: يُرجى حفظه بترميز UTF-8 (نصاً عادياً) ثم المحاولة مجدداً</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the passphrase file {source} is empty: put the passphrase on its first line</source>
        <translation>ملف عبارة المرور {source} فارغ: يُرجى كتابة عبارة المرور في سطره الأول</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/records.py" line="-384"/>
        <source>this file is kept in the evidence vault: remove it with Evidence → Remove, which records the removal and its reason in the chain of custody</source>
        <translation>هذا الملف محفوظ في خزنة الأدلة: يُرجى إزالته عبر الأدلة ← إزالة، الذي يسجل الإزالة وسببها في سلسلة العهدة</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>this {kind_name} is still referred to by other records (for example working copies); delete or re-attach those first</source>
        <translation>لا تزال سجلات أخرى تشير إلى هذا السجل ({kind_name}) (نسخ عمل مثلاً)؛ يُرجى حذفها أو إعادة إرفاقها أولاً</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{kind_name} records have no protected identity</source>
        <translation>ليس لسجلات {kind_name} هوية محمية</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no {name} with id {rid}</source>
        <translation>لا يوجد {name} بالمعرّف {rid}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is not a field of {name} records (fields: {names})</source>
        <translation>ليس حقلاً من حقول سجلات {name} (الحقول: {names})</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>a record cannot be moved to another case</source>
        <translation>لا يمكن نقل سجل إلى قضية أخرى</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>say why the account is corrected: a correction is kept as a new version beside the old one</source>
        <translation>يُرجى بيان سبب تصحيح الإفادة: يُحفظ التصحيح إصداراً جديداً إلى جانب الإصدار القديم</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>a {kind_name} has no protected identity</source>
        <translation>ليس لسجل {kind_name} هوية محمية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not a protected identity field ({names})</source>
        <translation>ليس حقلاً من حقول الهوية المحمية ({names})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only an individual victim has an identity to protect</source>
        <translation>الضحية الفردية وحدها لها هوية تجب حمايتها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be text</source>
        <translation>يجب أن يكون نصاً</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>is not a consent field ({names})</source>
        <translation>ليس حقلاً من حقول الموافقة ({names})</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/records_kinds.py" line="-59"/>
        <source>unknown kind of record {kind_name}; known kinds: {names}</source>
        <translation>نوع سجل غير معروف {kind_name}؛ الأنواع المعروفة: {names}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>a record id (UUID)</source>
        <translation>معرّف سجل (UUID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{given} is not {words}</source>
        <translation>{given} ليس {words}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/records_rules.py" line="-194"/>
        <source>{code} is not a known {words}; pick one from the list</source>
        <translation>{code} ليس مصطلحاً معروفاً ({words})؛ يُرجى اختيار مصطلح من القائمة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{term} is a sub-type of {parent}; choose an event type here</source>
        <translation>{term} نوع فرعي من {parent}؛ يُرجى اختيار نوع حدث هنا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is required when a sub-type is given</source>
        <translation>مطلوب عند تحديد نوع فرعي</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{term} is not a sub-type of the event type {parent}</source>
        <translation>{term} ليس نوعاً فرعياً من نوع الحدث {parent}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{quotable} account(s) of this witness are marked quotable; correct them first (withdrawn consent must be reflected in the accounts)</source>
        <translation>{quotable} من إفادات هذا الشاهد موسومة بأنها قابلة للاقتباس؛ يُرجى تصحيحها أولاً (يجب أن تعكس الإفادات سحب الموافقة)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>breaks a rule the store keeps for every {label}</source>
        <translation>يخالف قاعدة تطبقها قاعدة البيانات على كل {label}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>duplicates another {label} with the same {words}</source>
        <translation>يكرر {label} آخر له {words} نفسه</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>built-in vocabulary terms cannot be deleted</source>
        <translation>لا يمكن حذف مصطلحات المفردات المدمجة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{code} is still used by {in_use} record(s) and {children} sub-term(s); change those first, or keep the term</source>
        <translation>لا يزال {code} مستخدماً في {in_use} سجلاً و{children} مصطلحاً فرعياً؛ يُرجى تغييرها أولاً، أو الإبقاء على المصطلح</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>is fixed when the file enters the vault; make a working copy to change the file</source>
        <translation>يُثبَّت عند دخول الملف إلى الخزنة؛ يُرجى إعداد نسخة عمل لتغيير الملف</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>file evidence under the case or one {names}</source>
        <translation>يُرجى تصنيف الأدلة تحت القضية أو تحت أحد العناصر التالية: {names}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no {kind_name} with id {target_id}</source>
        <translation>لا يوجد سجل {kind_name} بالمعرّف {target_id}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is required: every record belongs to a case</source>
        <translation>مطلوب: كل سجل ينتمي إلى قضية</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no {label} with id {ref}</source>
        <translation>لا يوجد {label} بالمعرّف {ref}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an evidence file cannot be a working copy of itself</source>
        <translation>لا يمكن أن يكون ملف الدليل نسخة عمل من نفسه</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{reference} is already used by another case (letter case does not count)</source>
        <translation>{reference} مستخدم بالفعل لقضية أخرى (دون تمييز بين الأحرف الكبيرة والصغيرة)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{pseudonym} is already used by another witness in this case; pseudonyms must be unique within a case</source>
        <translation>{pseudonym} مستخدم بالفعل لشاهد آخر في هذه القضية؛ يجب أن تكون الأسماء المستعارة فريدة داخل القضية</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{parent} is not a term of the same vocabulary</source>
        <translation>{parent} ليس مصطلحاً من المفردات نفسها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the code of a built-in term cannot change; edit its labels only</source>
        <translation>لا يمكن تغيير رمز مصطلح مدمج؛ يُرجى تعديل تسمياته فقط</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/search.py" line="+264"/>
        <source>full-text search is not available on a {dialect} store</source>
        <translation>البحث في النص الكامل غير متاح في قاعدة بيانات {dialect}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/report.py" line="+16"/>
        <location line="+17"/>
        <location filename="../../hrdoc/services/tables.py" line="+4"/>
        <location line="+9"/>
        <source>cannot write {target}: {reason}</source>
        <translation>تتعذر كتابة {target}: {reason}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/tables.py" line="+65"/>
        <source>no table of {kind_name} records; tables: {names}</source>
        <translation>لا يوجد جدول لسجلات {kind_name}؛ الجداول: {names}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/team_roles.py" line="+9"/>
        <source>this database holds no hrdoc store: create one first with `hrdoc init --db URL`</source>
        <translation>لا تحتوي قاعدة البيانات هذه على قاعدة بيانات hrdoc: يُرجى إنشاء واحدة أولاً بالأمر `hrdoc init --db URL`</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>only the login that owns the team store&apos;s tables ({owner}) may set its roles; you are {me}: run it with the owner&apos;s login</source>
        <translation>لا يجوز تحديد أدوار قاعدة بيانات الفريق إلا لحساب الدخول المالك لجداولها ({owner})؛ أنت {me}: يُرجى تشغيله بحساب دخول المالك</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>there is no login {name} on the server and {me} may not create logins: ask the server&apos;s administrator to create it (`createuser --pwprompt {name2}`), then run this again</source>
        <translation>لا يوجد حساب دخول {name} على الخادم، ولا يجوز لـ {me} إنشاء حسابات دخول: يُرجى أن تطلب من مسؤول الخادم إنشاءه (`createuser --pwprompt {name2}`)، ثم تشغيل هذا مجدداً</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it owns the store&apos;s tables (or is a member of {owner}, which does)</source>
        <translation>فهو مالك جداول قاعدة البيانات (أو عضو في {owner} المالك لها)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a superuser of the server, which no privilege limits</source>
        <translation>فهو مستخدم فائق الصلاحيات على الخادم لا تقيّده أي صلاحية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it may create roles (CREATEROLE), and so give itself the owner&apos;s rights</source>
        <translation>فبإمكانه إنشاء أدوار (CREATEROLE)، ومن ثم منح نفسه حقوق المالك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it may set session_replication_role, which turns the audit log&apos;s triggers off</source>
        <translation>فبإمكانه ضبط session_replication_role، مما يعطّل مشغّلات سجل التدقيق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} cannot be given a limited part: {why}; give each investigator a login of their own without these rights; nothing was changed</source>
        <translation>لا يمكن منح {name} دوراً محدوداً: {why}؛ يُرجى منح كل محقق حساب دخول خاصاً به دون هذه الصلاحيات؛ لم يتغير أي شيء</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{count} tables</source>
        <translation>الجداول ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} sequences</source>
        <translation>التسلسلات ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} tables and sequences</source>
        <translation>الجداول والتسلسلات ({count})</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{name}: granted {privileges} on {relations}</source>
        <translation>‏{name}: مُنحت الصلاحيات {privileges} على {relations}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: revoked {privileges} on {relations} (not needed as an investigator)</source>
        <translation>‏{name}: سُحبت الصلاحيات {privileges} على {relations} (لا يحتاجها المحقق)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: revoked {privileges} on {relations} (not needed as a reader)</source>
        <translation>‏{name}: سُحبت الصلاحيات {privileges} على {relations} (لا يحتاجها القارئ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: may no longer grant {privileges} on {relations} to others</source>
        <translation>‏{name}: لم يعد بإمكانه منح الصلاحيات {privileges} على {relations} لغيره</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}: may connect to database {database}</source>
        <translation>‏{name}: يمكنه الاتصال بقاعدة البيانات {database}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: may use schema {schema}</source>
        <translation>‏{name}: يمكنه استخدام المخطط {schema}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>database {database}: every other login (PUBLIC) may no longer connect; the owner and the roles given a part here may</source>
        <translation>قاعدة البيانات {database}: لم يعد بإمكان أي حساب دخول آخر (PUBLIC) الاتصال بها؛ ويمكن ذلك للمالك وللأدوار المحددة هنا</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>database {database}: every login may still connect (it is not {me}&apos;s to change): ask the administrator to run REVOKE CONNECT, TEMPORARY ON DATABASE {quoted_database} FROM PUBLIC</source>
        <translation>قاعدة البيانات {database}: لا يزال بإمكان أي حساب دخول الاتصال بها (وليس لـ {me} تغيير ذلك): يُرجى أن تطلب من المسؤول تنفيذ REVOKE CONNECT, TEMPORARY ON DATABASE {quoted_database} FROM PUBLIC</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} may create objects in schema {schema}, which {me} cannot take back: ask the administrator to run REVOKE CREATE ON SCHEMA {quoted_schema} FROM PUBLIC (and from {name}), then run this again; nothing was changed</source>
        <translation>يستطيع {name} إنشاء كائنات في المخطط {schema}، وهو ما لا يستطيع {me} سحبه: يُرجى أن تطلب من المسؤول تشغيل REVOKE CREATE ON SCHEMA {quoted_schema} FROM PUBLIC (ومن {name})، ثم تشغيل هذا مجدداً؛ لم يتغير أي شيء</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>schema {schema}: only its owner may create objects in it (revoked from PUBLIC)</source>
        <translation>المخطط {schema}: لا يمكن إنشاء كائنات فيه إلا لمالكه (سُحبت من PUBLIC)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{names} cannot be both an investigator and a reader: choose one part for each</source>
        <translation>لا يمكن أن يكون {names} محققاً وقارئاً في آن واحد: يُرجى اختيار دور واحد لكل منهم</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>created the login {name} without a password: set one as the administrator, with `\password {name}` in psql</source>
        <translation>أُنشئ حساب الدخول {name} دون كلمة مرور: يُرجى تعيين كلمة مرور بصفتك المسؤول، بالأمر `\password {name}` في psql</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: already has exactly what an investigator needs; nothing changed</source>
        <translation>‏{name}: لديه بالفعل ما يحتاجه المحقق بالضبط؛ لم يتغير أي شيء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: already has exactly what a reader needs; nothing changed</source>
        <translation>‏{name}: لديه بالفعل ما يحتاجه القارئ بالضبط؛ لم يتغير أي شيء</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{owner} owns the store&apos;s tables: keep its login for `hrdoc init`, upgrades and `hrdoc team-roles`, not for daily work</source>
        <translation>‏{owner} هو مالك جداول قاعدة البيانات: يُرجى الاحتفاظ بحساب دخوله للأوامر `hrdoc init` والترقيات و`hrdoc team-roles`، لا للعمل اليومي</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/vocab.py" line="+126"/>
        <source>the copy carries the {vocabulary} term {key} twice</source>
        <translation>تحمل النسخة مصطلح {vocabulary} {key} مرتين</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the copy&apos;s {vocabulary} term {code}</source>
        <translation>مصطلح {vocabulary} {code} في النسخة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{place} names a parent term ({parent}) that is neither here nor in the copy</source>
        <translation>يذكر {place} مصطلحاً أصلياً ({parent}) غير موجود هنا ولا في النسخة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{place} has the id of another term of this store ({vocabulary} {code})</source>
        <translation>يحمل {place} معرّف مصطلح آخر في قاعدة البيانات هذه ({vocabulary} {code})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the copy&apos;s vocabulary term {code}</source>
        <translation>مصطلح المفردات {code} في النسخة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{place} is of an unknown vocabulary {vocabulary}</source>
        <translation>{place} من مفردات غير معروفة {vocabulary}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{place} breaks a rule: {fault}</source>
        <translation>يخالف {place} قاعدة: {fault}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/storage/engine.py" line="-171"/>
        <source>a passphrase is required to open an encrypted store</source>
        <translation>يلزم تقديم عبارة مرور لفتح قاعدة بيانات مشفرة</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>another hrdoc process is opening or upgrading {path}; wait for it and try again</source>
        <translation>تقوم عملية hrdoc أخرى بفتح {path} أو ترقيته؛ يُرجى انتظارها ثم المحاولة مجدداً</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no store at {path}: create one first (`hrdoc init --db {path}`, or `hrdoc demo` for a demo store)</source>
        <translation>لا توجد قاعدة بيانات في {path}: يُرجى إنشاء واحدة أولاً (`hrdoc init --db {path}`، أو `hrdoc demo` لقاعدة بيانات تجريبية)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is an unencrypted database; hrdoc opens unencrypted stores only with --no-encryption</source>
        <translation>{path} قاعدة بيانات غير مشفرة؛ لا يفتح hrdoc قواعد البيانات غير المشفرة إلا مع --no-encryption</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is encrypted (or not a database): open it without --no-encryption and give its passphrase</source>
        <translation>{path} مشفرة (أو ليست قاعدة بيانات): يُرجى فتحها دون --no-encryption وتقديم عبارة المرور الخاصة بها</translation>
    </message>
    <message>
        <location filename="../../hrdoc/storage/engine_team.py" line="+99"/>
        <source>{timeout_env} must be a number of seconds</source>
        <translation>يجب أن يكون {timeout_env} عدداً من الثواني</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>unsupported store URL scheme {drivername}: use postgresql://</source>
        <translation>مخطط عنوان قاعدة البيانات {drivername} غير مدعوم: يُرجى استخدام postgresql://</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>cannot open a PostgreSQL team store: its database driver is not installed ({name}); install psycopg (`pip install &apos;psycopg[binary]&apos;`)</source>
        <translation>يتعذر فتح قاعدة بيانات فريق على PostgreSQL: برنامج تشغيل قاعدة البيانات غير مثبت ({name})؛ يُرجى تثبيت psycopg (`pip install &apos;psycopg[binary]&apos;`)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/storage/errors.py" line="-23"/>
        <source>wrong passphrase, or not an hrdoc store</source>
        <translation>عبارة مرور خاطئة، أو ليست قاعدة بيانات hrdoc</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the store is on a read-only disk (or its file or folder is read-only): nothing was saved. Copy it to a writable disk to change it</source>
        <translation>قاعدة البيانات على قرص للقراءة فقط (أو ملفها أو مجلدها للقراءة فقط): لم يُحفظ أي شيء. يُرجى نسخها إلى قرص قابل للكتابة لتغييرها</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the team store is busy: another hrdoc process is saving to it. Wait a moment and try again; nothing was saved by the failed operation.</source>
        <translation>قاعدة بيانات الفريق مشغولة: عملية hrdoc أخرى تحفظ فيها. يُرجى الانتظار لحظة ثم المحاولة مجدداً؛ لم تحفظ العملية التي أخفقت أي شيء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another hrdoc process is still saving this case to the team store (a large sync?): wait for it to finish and try again; nothing was saved by the failed operation.</source>
        <translation>لا تزال عملية hrdoc أخرى تحفظ هذه القضية في قاعدة بيانات الفريق (مزامنة كبيرة؟): يُرجى انتظار انتهائها ثم المحاولة مجدداً؛ لم تحفظ العملية التي أخفقت أي شيء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another laptop has been sending the same evidence file to the team store for a while (a large sync?): wait for its sync to finish and try again; nothing was saved by the failed operation.</source>
        <translation>يرسل حاسوب آخر ملف الدليل نفسه إلى قاعدة بيانات الفريق منذ مدة (مزامنة كبيرة؟): يُرجى انتظار انتهاء مزامنته ثم المحاولة مجدداً؛ لم تحفظ العملية التي أخفقت أي شيء.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the team store at {server} stopped answering (nothing for {limit_s} seconds): nothing was saved by the failed operation; try again when it answers</source>
        <translation>توقفت قاعدة بيانات الفريق على {server} عن الاستجابة (لا شيء منذ {limit_s} ثانية): لم تحفظ العملية التي أخفقت أي شيء؛ يُرجى المحاولة مجدداً عندما تستجيب</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the team store refused a change that another hrdoc process made at the same moment ({constraint}): nothing was saved by the failed operation; try again.</source>
        <translation>رفضت قاعدة بيانات الفريق تغييراً أجرته عملية hrdoc أخرى في اللحظة نفسها ({constraint}): لم تحفظ العملية التي أخفقت أي شيء؛ يُرجى المحاولة مجدداً.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the team store&apos;s server cancelled the operation (its statement_timeout, or an administrator): nothing was saved by the failed operation. Try again; if it happens again, ask the server&apos;s administrator to lift the limit for hrdoc&apos;s login.</source>
        <translation>ألغى خادم قاعدة بيانات الفريق العملية (مهلة statement_timeout الخاصة به، أو أحد المسؤولين): لم تحفظ العملية التي أخفقت أي شيء. يُرجى المحاولة مجدداً؛ وإذا تكرر ذلك، يُرجى أن تطلب من مسؤول الخادم رفع الحد عن حساب دخول hrdoc.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the team store&apos;s server is out of disk space: nothing was saved by the failed operation. Tell the server&apos;s administrator.</source>
        <translation>نفدت مساحة القرص على خادم قاعدة بيانات الفريق: لم تحفظ العملية التي أخفقت أي شيء. يُرجى إبلاغ مسؤول الخادم.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the team store is read-only (a standby server, or a database set read-only): nothing was saved. Connect to the team&apos;s primary server.</source>
        <translation>قاعدة بيانات الفريق للقراءة فقط (خادم احتياطي، أو قاعدة بيانات مضبوطة للقراءة فقط): لم يُحفظ أي شيء. يُرجى الاتصال بالخادم الرئيسي للفريق.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the team store refused this: permission denied ({detail}). Ask the server&apos;s administrator to give your login access to hrdoc&apos;s tables.</source>
        <translation>رفضت قاعدة بيانات الفريق هذا: رُفض الإذن ({detail}). يُرجى أن تطلب من مسؤول الخادم منح حساب دخولك حق الوصول إلى جداول hrdoc.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the team store refused the login: {detail}</source>
        <translation>رفضت قاعدة بيانات الفريق تسجيل الدخول: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the team store&apos;s database is gone: {detail}</source>
        <translation>قاعدة البيانات الخاصة بقاعدة بيانات الفريق لم تعد موجودة: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the team store&apos;s server reports damaged data ({detail}). Tell the server&apos;s administrator; the server&apos;s own backups apply.</source>
        <translation>يبلغ خادم قاعدة بيانات الفريق عن بيانات تالفة ({detail}). يُرجى إبلاغ مسؤول الخادم؛ وتنطبق النسخ الاحتياطية الخاصة بالخادم.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>lost the connection to the team store: nothing was saved by the failed operation. Check that you are on the team&apos;s network, then try again.</source>
        <translation>انقطع الاتصال بقاعدة بيانات الفريق: لم تحفظ العملية التي أخفقت أي شيء. يُرجى التحقق من وجودك على شبكة الفريق، ثم المحاولة مجدداً.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the team store at {server} refused the login for user {user}: authentication failed. Check the user name and the password (in the URL, in PGPASSWORD or in ~/.pgpass).</source>
        <translation>رفضت قاعدة بيانات الفريق على {server} تسجيل دخول المستخدم {user}: أخفقت المصادقة. يُرجى التحقق من اسم المستخدم وكلمة المرور (في العنوان، أو في PGPASSWORD، أو في ~/.pgpass).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the team store at {server} does not accept connections from this computer for user {user} (database {database}). Ask the server&apos;s administrator; if the server requires TLS, add ?sslmode=require to the URL.</source>
        <translation>لا تقبل قاعدة بيانات الفريق على {server} الاتصالات من هذا الحاسوب للمستخدم {user} (قاعدة البيانات {database}). يُرجى مراجعة مسؤول الخادم؛ وإذا كان الخادم يتطلب TLS، يُرجى إضافة ?sslmode=require إلى العنوان.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the team store at {server} has no user {user}: check the user name in the URL (user@host).</source>
        <translation>لا يوجد مستخدم {user} في قاعدة بيانات الفريق على {server}: يُرجى التحقق من اسم المستخدم في العنوان (user@host).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no database {database} on the team store at {server}. Ask the server&apos;s administrator to create it (empty), then create the store in it with `hrdoc init --db URL`.</source>
        <translation>لا توجد قاعدة بيانات {database} على خادم قاعدة بيانات الفريق {server}. يُرجى أن تطلب من مسؤول الخادم إنشاءها (فارغة)، ثم إنشاء قاعدة بيانات hrdoc فيها بالأمر `hrdoc init --db URL`.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the team store at {server} refused user {user} access to database {database}: permission denied. Ask the server&apos;s administrator to grant it.</source>
        <translation>رفضت قاعدة بيانات الفريق على {server} وصول المستخدم {user} إلى قاعدة البيانات {database}: رُفض الإذن. يُرجى أن تطلب من مسؤول الخادم منحه.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot make a secure (TLS) connection to the team store at {server}: {reason}. Check the sslmode and certificate settings in the URL.</source>
        <translation>يتعذر إنشاء اتصال آمن (TLS) بقاعدة بيانات الفريق على {server}: {reason}. يُرجى التحقق من إعدادات sslmode والشهادة في العنوان.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the team store at {server} is not accepting connections right now ({reason}). Try again in a moment.</source>
        <translation>لا تقبل قاعدة بيانات الفريق على {server} الاتصالات حالياً ({reason}). يُرجى المحاولة مجدداً بعد لحظة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot reach the team store at {server} — check the address and that you are on the team&apos;s network ({reason})</source>
        <translation>يتعذر الوصول إلى قاعدة بيانات الفريق على {server} — يُرجى التحقق من العنوان ومن وجودك على شبكة الفريق ({reason})</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the store is busy: another hrdoc process is using it. Wait a moment and try again, or close the other hrdoc window.</source>
        <translation>قاعدة البيانات مشغولة: تستخدمها عملية hrdoc أخرى. يُرجى الانتظار لحظة ثم المحاولة مجدداً، أو إغلاق نافذة hrdoc الأخرى.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the disk failed while reading or writing the store: nothing was saved. Check the disk (is it still plugged in?), then try again</source>
        <translation>تعطل القرص أثناء قراءة قاعدة البيانات أو الكتابة فيها: لم يُحفظ أي شيء. يُرجى فحص القرص (هل لا يزال موصولاً؟)، ثم المحاولة مجدداً</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the store is damaged. Restore the latest backup (the .backup files next to the store).</source>
        <translation>قاعدة البيانات تالفة. يُرجى استعادة أحدث نسخة احتياطية (ملفات .backup المجاورة لقاعدة البيانات).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot open the store: {orig}. Check the path and its folder&apos;s permissions.</source>
        <translation>يتعذر فتح قاعدة البيانات: {orig}. يُرجى التحقق من المسار ومن أذونات مجلدها.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/storage/location.py" line="+48"/>
        <source>{url} is not a valid store URL</source>
        <translation>{url} ليس عنوان قاعدة بيانات صالحاً</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsupported store URL scheme {drivername}: use a file path or postgresql://</source>
        <translation>مخطط عنوان قاعدة البيانات {drivername} غير مدعوم: يُرجى استخدام مسار ملف أو postgresql://</translation>
    </message>
    <message>
        <location filename="../../hrdoc/storage/migrate.py" line="+152"/>
        <source>this store was written by a newer version of hrdoc (schema {current}); install the newer hrdoc to open it</source>
        <translation>كُتبت قاعدة البيانات هذه بإصدار أحدث من hrdoc (المخطط {current})؛ يُرجى تثبيت الإصدار الأحدث لفتحها</translation>
    </message>
    <message>
        <location filename="../../hrdoc/storage/store.py" line="+59"/>
        <source>the store&apos;s latest changes ({name}) cannot be read where nothing can be written: open it once on a writable disk (or free some space), then try again</source>
        <translation>تتعذر قراءة أحدث تغييرات قاعدة البيانات ({name}) حيث لا يمكن كتابة أي شيء: يُرجى فتحها مرة واحدة على قرص قابل للكتابة (أو إخلاء بعض المساحة)، ثم المحاولة مجدداً</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>{where} already holds an hrdoc store; open it instead of creating one</source>
        <translation>يحتوي {where} بالفعل على قاعدة بيانات hrdoc؛ يُرجى فتحها بدلاً من إنشاء واحدة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} already holds tables ({names}); hrdoc creates a team store only in an empty database</source>
        <translation>يحتوي {where} بالفعل على جداول ({names})؛ لا ينشئ hrdoc قاعدة بيانات فريق إلا في قاعدة بيانات فارغة</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>{where} is an empty database: create the store in it first (`hrdoc init --db {where}`)</source>
        <translation>{where} قاعدة بيانات فارغة: يُرجى إنشاء قاعدة بيانات hrdoc فيها أولاً (`hrdoc init --db {where}`)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} holds another program&apos;s tables, not an hrdoc store</source>
        <translation>يحتوي {where} على جداول برنامج آخر، لا على قاعدة بيانات hrdoc</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the team store is read-only (a standby server, or a database set read-only): nothing can be changed there. Connect to the team&apos;s primary server to change it.</source>
        <translation>قاعدة بيانات الفريق للقراءة فقط (خادم احتياطي، أو قاعدة بيانات مضبوطة للقراءة فقط): لا يمكن تغيير أي شيء فيها. يُرجى الاتصال بالخادم الرئيسي للفريق لتغييرها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the login {user} may only read the team store: nothing can be changed with it. To change it, use an investigator&apos;s login (`hrdoc team-roles` gives one).</source>
        <translation>لا يجوز لحساب الدخول {user} إلا قراءة قاعدة بيانات الفريق: لا يمكن تغيير أي شيء به. لتغييرها، يُرجى استخدام حساب دخول محقق (يمنحه الأمر `hrdoc team-roles`).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/storage/store_key.py" line="+4"/>
        <source>the passphrase holds characters that are not text; type it again</source>
        <translation>تحتوي عبارة المرور على أحرف ليست نصاً؛ يُرجى كتابتها مجدداً</translation>
    </message>
    <message>
        <location filename="../../hrdoc/storage/vault.py" line="+83"/>
        <source>stored file of evidence item {item_id} is damaged: {detail}</source>
        <translation>الملف المخزن لعنصر الأدلة {item_id} تالف: {detail}</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>cannot write in the evidence vault folder {root}: {reason}</source>
        <translation>تتعذر الكتابة في مجلد خزنة الأدلة {root}: {reason}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>the file is larger than {value} MiB and cannot be shown here</source>
        <translation>الملف أكبر من {value} ميبيبايت ولا يمكن عرضه هنا</translation>
    </message>
    <message>
        <location line="+159"/>
        <location line="+10"/>
        <source>cannot write in the evidence vault {root}: {strerror}</source>
        <translation>تتعذر الكتابة في خزنة الأدلة {root}: {strerror}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot write in the evidence vault {root}: {value}</source>
        <translation>تتعذر الكتابة في خزنة الأدلة {root}: {value}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot finish writing to the evidence vault: {strerror}</source>
        <translation>يتعذر إنهاء الكتابة في خزنة الأدلة: {strerror}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/storage/vault_team.py" line="+162"/>
        <source>the file is larger than {limit} MiB and cannot be shown here</source>
        <translation>الملف أكبر من {limit} ميبيبايت ولا يمكن عرضه هنا</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>evidence file {item_id} is already being written by this process</source>
        <translation>تقوم هذه العملية بالفعل بكتابة ملف الدليل {item_id}</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>the team store&apos;s partial copy of evidence file {item_id} changed while it was being completed: try again</source>
        <translation>تغيرت النسخة الجزئية لملف الدليل {item_id} في قاعدة بيانات الفريق أثناء إكمالها: يُرجى المحاولة مجدداً</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/counts.py" line="+9"/>
        <source>{n} incident</source>
        <translation>{n} حادثة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} incidents</source>
        <translation>{n} حادثة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} allegation</source>
        <translation>{n} ادعاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} allegations</source>
        <translation>{n} ادعاء</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} actor</source>
        <translation>{n} جهة فاعلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} actors</source>
        <translation>{n} جهة فاعلة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} victim</source>
        <translation>{n} ضحية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} victims</source>
        <translation>{n} ضحية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} witness</source>
        <translation>{n} شاهد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} witnesses</source>
        <translation>{n} شاهد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} account</source>
        <translation>{n} إفادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} accounts</source>
        <translation>{n} إفادة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} source</source>
        <translation>{n} مصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sources</source>
        <translation>{n} مصدر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} evidence file</source>
        <translation>{n} ملف دليل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} evidence files</source>
        <translation>{n} ملف دليل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} record</source>
        <translation>{n} سجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} records</source>
        <translation>{n} سجل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} row</source>
        <translation>{n} صف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} rows</source>
        <translation>{n} صف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} byte</source>
        <translation>{n} بايت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} bytes</source>
        <translation>{n} بايت</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} person</source>
        <translation>{n} شخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} people</source>
        <translation>{n} شخص</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} document</source>
        <translation>{n} وثيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} documents</source>
        <translation>{n} وثيقة</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/help.py" line="+77"/>
        <source>the store&apos;s passphrase (--passphrase-file comes first; else it is asked)</source>
        <translation>عبارة مرور قاعدة البيانات (يتقدّم عليها --passphrase-file؛ وإلا طُلبت)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bundle&apos;s passphrase (export --encrypt, import)</source>
        <translation>عبارة مرور الحزمة (export --encrypt، import)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the passphrase of a team store kept in a file</source>
        <translation>عبارة مرور قاعدة بيانات فريق محفوظة في ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the investigator&apos;s name recorded with each change (--user comes first)</source>
        <translation>اسم المحقق المسجَّل مع كل تعديل (يتقدّم عليه --user)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1: on an unexpected error, print its details (they may quote your data)</source>
        <translation>1: عند حدوث خطأ غير متوقع، اعرض تفاصيله (قد تقتبس بياناتك)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exits 3 if anything failed (each problem is a FAILED line on stdout).</source>
        <translation>يخرج بالرمز 3 إذا أخفق أي فحص (كل مشكلة سطر يبدأ بـ«إخفاق» على stdout).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exits 4 if some rows were rejected (listed by line); the valid rows are imported all the same.</source>
        <translation>يخرج بالرمز 4 إذا رُفضت بعض الصفوف (مذكورة بأرقام أسطرها)؛ وتُستورد الصفوف الصحيحة مع ذلك.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Examples:</source>
        <translation>أمثلة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit statuses: see `hrdoc --help`.</source>
        <translation>رموز الخروج: انظر `hrdoc --help`.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Examples (the demo store made by `make run`; its passphrase is annefif-demo):</source>
        <translation>أمثلة (قاعدة البيانات التجريبية التي ينشئها `make run`؛ وعبارة مرورها annefif-demo):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(each command&apos;s options, with examples)</source>
        <translation>(خيارات كل أمر، مع أمثلة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment:</source>
        <translation>متغيرات البيئة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit statuses:</source>
        <translation>رموز الخروج:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Messages (errors, notes, &apos;nothing found&apos;) go to stderr; stdout holds only the data: a listing, a report,
JSON (docs/cli-json.md). Shell completion: `hrdoc completion bash` or `hrdoc completion zsh`.</source>
        <translation>تذهب الرسائل (الأخطاء والملاحظات و«لا توجد نتائج») إلى stderr؛ ولا يحتوي stdout إلا على البيانات: قائمة أو تقرير
أو JSON (docs/cli-json.md). الإكمال التلقائي في الصدفة: `hrdoc completion bash` أو `hrdoc completion zsh`.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/logs.py" line="-5"/>
        <source>written in this store</source>
        <translation>كُتب في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(time not kept)</source>
        <translation>(لم يُحفظ الوقت)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written in {store}; arrived here {when}</source>
        <translation>كُتب في {store}؛ ووصل إلى هنا في {when}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{reference} has no audit entries</source>
        <translation>لا توجد قيود تدقيق في {reference}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/parser.py" line="+28"/>
        <source>store file, or a postgresql:// URL (default: user data dir)</source>
        <translation>ملف قاعدة البيانات، أو URL بصيغة postgresql:// (الافتراضي: مجلد بيانات المستخدم)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read the store passphrase from FILE</source>
        <translation>قراءة عبارة مرور قاعدة البيانات من FILE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>use an UNENCRYPTED store (tests and benchmarks only)</source>
        <translation>استخدام قاعدة بيانات غير مشفّرة (للاختبارات وقياس الأداء فقط)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>investigator name recorded as created_by (or ${variable})</source>
        <translation>اسم المحقق المسجَّل في created_by (أو ${variable})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>on an unexpected error, print the details (or set {variable}=1); they may quote your data</source>
        <translation>عند حدوث خطأ غير متوقع، عرض التفاصيل (أو ضبط {variable}=1)؛ وقد تقتبس بياناتك</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Offline case manager for human-rights investigations. Without a command, opens the app.</source>
        <translation>برنامج لإدارة القضايا دون اتصال بالإنترنت للتحقيقات في مجال حقوق الإنسان. من دون أمر، يفتح التطبيق.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show program&apos;s version number and exit</source>
        <translation>عرض رقم إصدار البرنامج والخروج</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add hrdoc to the desktop&apos;s applications menu and open .hrdoc bundles with it (this user only)</source>
        <translation>إضافة hrdoc إلى قائمة تطبيقات سطح المكتب وفتح حزم .hrdoc به (لهذا المستخدم فقط)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>passphrase of a team store FILE (or ${variable})</source>
        <translation>عبارة مرور قاعدة بيانات فريق في ملف FILE (أو ${variable})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>open the desktop app (the default)</source>
        <translation>فتح تطبيق سطح المكتب (الافتراضي)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a case bundle (.hrdoc) to import once the store is unlocked</source>
        <translation>حزمة قضية (.hrdoc) تُستورد بعد فتح قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create a new, empty encrypted store</source>
        <translation>إنشاء قاعدة بيانات مشفّرة جديدة وفارغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create a new store holding the demo case (Annefif convoy killings)</source>
        <translation>إنشاء قاعدة بيانات جديدة فيها القضية التجريبية (عمليات القتل في قافلة أنفيف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list cases with their record counts</source>
        <translation>سرد القضايا مع عدد سجلاتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+29"/>
        <location line="+8"/>
        <location line="+62"/>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>print JSON</source>
        <translation>عرض JSON</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>print one case with all its records</source>
        <translation>عرض قضية واحدة بكل سجلاتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+137"/>
        <location line="+30"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>reference code (e.g. ML-2025-004) or UUID</source>
        <translation>الرقم المرجعي (مثل ML-2025-004) أو UUID</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>print JSON, with field names as in docs/data-model.md</source>
        <translation>عرض JSON، بأسماء الحقول كما في docs/data-model.md</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show protected witness and victim identities (recorded in the audit log)</source>
        <translation>إظهار الهويات المحمية للشهود والضحايا (يُسجَّل ذلك في سجل التدقيق)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>why identities are revealed (recorded with --reveal)</source>
        <translation>سبب الكشف عن الهويات (يُسجَّل مع --reveal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full-text search across all cases</source>
        <translation>بحث في النص الكامل لجميع القضايا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this case (reference or UUID)</source>
        <translation>هذه القضية فقط (الرقم المرجعي أو UUID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only records of this kind (repeatable)</source>
        <translation>السجلات من هذا النوع فقط (يمكن تكراره)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most this many hits (default 20)</source>
        <translation>هذا العدد من النتائج على الأكثر (الافتراضي 20)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show only what this audience may see: its records, found and quoted by its fields (default internal)</source>
        <translation>عرض ما يجوز لهذه الجهة المستهدفة الاطلاع عليه فقط: سجلاتها، يُعثر عليها وتُقتبس من حقولها (الافتراضي internal)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the store&apos;s integrity, its audit chain, every evidence file and chain of custody</source>
        <translation>التحقق من سلامة قاعدة البيانات وسلسلة التدقيق وكل ملف دليل وسلسلة العهدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first make the search index again from the records (a repair)</source>
        <translation>إعادة بناء فهرس البحث من السجلات أولاً (إصلاح)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>also check that this team store&apos;s audit log was not rewritten since this store last synced with it</source>
        <translation>التحقق أيضاً من أن سجل التدقيق في قاعدة بيانات الفريق هذه لم يُعَد كتابته منذ آخر مزامنة لقاعدة البيانات هذه معها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add a file to a case&apos;s evidence vault (hashed, encrypted, recorded in its custody log)</source>
        <translation>إضافة ملف إلى خزنة أدلة قضية (مع حساب بصمته وتشفيره وتسجيله في سلسلة العهدة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <location line="+8"/>
        <location line="+9"/>
        <location line="+23"/>
        <location line="+25"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>reference code or UUID of the case</source>
        <translation>الرقم المرجعي للقضية أو UUID</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>the file to add; it is read, never changed</source>
        <translation>الملف المراد إضافته؛ يُقرأ ولا يُعدَّل أبداً</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UUID of an incident, allegation, source or account to file it under</source>
        <translation>UUID الحادثة أو الادعاء أو المصدر أو الإفادة التي يُدرج تحتها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what the file shows</source>
        <translation>ما يُظهره الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it was acquired (ISO 8601, e.g. 2025-07-28T14:30Z)</source>
        <translation>متى حُصل عليه (ISO 8601، مثل 2025-07-28T14:30Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who acquired it (default: --user)</source>
        <translation>من حصل عليه (الافتراضي: --user)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from where or whom it was acquired</source>
        <translation>من أين أو ممن حُصل عليه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>who may see it</source>
        <translation>من يجوز له الاطلاع عليه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this file is a working copy of evidence item ITEM (UUID)</source>
        <translation>هذا الملف نسخة عمل من الدليل ITEM (UUID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for --copy-of: what was altered</source>
        <translation>مع --copy-of: ما الذي عُدِّل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>capture a web page now (every redirect, headers, HTML, text) as evidence of a case</source>
        <translation>التقاط صفحة ويب الآن (كل إعادة توجيه والترويسات وHTML والنص) دليلاً في قضية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the http:// or https:// address; the site sees this computer&apos;s address</source>
        <translation>العنوان بصيغة http:// أو https://؛ يرى الموقع عنوان هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>UUID of the source to file it under (default: a new source)</source>
        <translation>UUID المصدر الذي يُدرج تحته (الافتراضي: مصدر جديد)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>seconds allowed for the whole capture (default 30)</source>
        <translation>الثواني المسموح بها للالتقاط كله (الافتراضي 30)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep a capture made elsewhere (saved page, MHTML, PDF, WARC, screenshot)</source>
        <translation>حفظ التقاط أُجري في مكان آخر (صفحة محفوظة، MHTML، PDF، WARC، لقطة شاشة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the saved capture; kept exactly as it is</source>
        <translation>الالتقاط المحفوظ؛ يُحفظ كما هو تماماً</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the page&apos;s address (read from a WARC or MHTML when not given)</source>
        <translation>عنوان الصفحة (يُقرأ من ملف WARC أو MHTML إن لم يُعطَ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it was captured (ISO 8601 with a time zone)</source>
        <translation>متى التُقطت (ISO 8601 مع منطقة زمنية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who captured it</source>
        <translation>من التقطها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with what it was captured (browser, extension, service)</source>
        <translation>بأي أداة التُقطت (متصفح، إضافة، خدمة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anything else about how it was captured</source>
        <translation>أي معلومات أخرى عن طريقة التقاطها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a case to one bundle file (.hrdoc) for another laptop or a partner</source>
        <translation>كتابة قضية في ملف حزمة واحد (.hrdoc) لحاسوب آخر أو لشريك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where to write the bundle</source>
        <translation>مكان كتابة الحزمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+97"/>
        <location line="+5"/>
        <source>who it is for (default internal)</source>
        <translation>الجهة المستهدفة (الافتراضي internal)</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>encrypt the whole bundle with a bundle passphrase</source>
        <translation>تشفير الحزمة كلها بعبارة مرور للحزمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bundle passphrase (or ${variable})</source>
        <translation>عبارة مرور الحزمة (أو ${variable})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace FILE.hrdoc if it exists</source>
        <translation>استبدال FILE.hrdoc إن كان موجوداً</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a bundle, then merge its case into the store (all or nothing)</source>
        <translation>التحقق من حزمة، ثم دمج قضيتها في قاعدة البيانات (كلها أو لا شيء)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bundle&apos;s passphrase (or ${variable})</source>
        <translation>عبارة مرور الحزمة (أو ${variable})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bring a case together with the team store: pull and merge, then push</source>
        <translation>مزامنة قضية مع قاعدة بيانات الفريق: جلبها ودمجها، ثم إرسالها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the team store: postgresql://user@host/db (or a file)</source>
        <translation>قاعدة بيانات الفريق: postgresql://user@host/db (أو ملف)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>take the team store&apos;s audit log as it now is, although its history changed since the last sync (recorded in this store&apos;s audit log)</source>
        <translation>قبول سجل التدقيق في قاعدة بيانات الفريق على حاله، رغم تغيّر تاريخه منذ آخر مزامنة (يُسجَّل ذلك في سجل التدقيق في قاعدة البيانات هذه)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give database roles their part on a team store (run with the owner&apos;s login)</source>
        <translation>منح أدوار قاعدة البيانات صلاحياتها على قاعدة بيانات الفريق (يُشغَّل باسم دخول المالك)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a login that works on the cases: reads and writes records, only appends to the logs (repeatable)</source>
        <translation>اسم دخول يعمل على القضايا: يقرأ السجلات ويكتبها، ولا يفعل سوى الإضافة إلى السجلات (يمكن تكراره)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a login that may only read (repeatable)</source>
        <translation>اسم دخول لا يجوز له إلا القراءة (يمكن تكراره)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list a case&apos;s merge conflicts, or resolve one</source>
        <translation>سرد تعارضات الدمج في قضية، أو حسم أحدها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the conflict to resolve (its id, as listed)</source>
        <translation>التعارض المراد حسمه (معرّفه، كما هو مدرج)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with --resolve: which version to keep</source>
        <translation>مع --resolve: أي نسخة تُحفظ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list a case&apos;s evidence files</source>
        <translation>سرد ملفات الأدلة في قضية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print a case&apos;s audit log: who did what, when, where, and when it arrived here</source>
        <translation>عرض سجل التدقيق في قضية: من فعل ماذا، ومتى، وأين، ومتى وصل إلى هنا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most the N newest entries (5000)</source>
        <translation>أحدث N قيد على الأكثر (5000)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print an evidence item&apos;s chain of custody</source>
        <translation>عرض سلسلة العهدة لدليل</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>UUID of the evidence item</source>
        <translation>UUID الدليل</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>write a copy of an evidence file (for the public: without identifying metadata)</source>
        <translation>كتابة نسخة من ملف دليل (للجمهور: من دون بيانات وصفية كاشفة للهوية)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where to write the copy</source>
        <translation>مكان كتابة النسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who it is for</source>
        <translation>الجهة المستهدفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace FILE if it exists</source>
        <translation>استبدال FILE إن كان موجوداً</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a case&apos;s PDF report, redacted for an audience (recorded in the audit log)</source>
        <translation>كتابة تقرير PDF عن قضية، محجوب بحسب الجهة المستهدفة (يُسجَّل ذلك في سجل التدقيق)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where to write the PDF</source>
        <translation>مكان كتابة ملف PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>who the report is for: decides what it may contain</source>
        <translation>الجهة المستهدفة بالتقرير: تحدد ما يجوز أن يتضمنه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organisation named on the cover</source>
        <translation>المنظمة المذكورة على الغلاف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author named on the cover and in the PDF metadata</source>
        <translation>المؤلف المذكور على الغلاف وفي البيانات الوصفية لملف PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the report&apos;s language: its headings, labels, dates, numbers and vocabulary terms (what users wrote is printed as written); default: the language of the command line&apos;s messages, from LC_ALL, LC_MESSAGES or LANG, if reports speak it, else English</source>
        <translation>لغة التقرير: عناوينه وتسمياته وتواريخه وأرقامه ومصطلحاته (يُطبع ما كتبه المستخدمون كما كُتب)؛ الافتراضي: لغة رسائل سطر الأوامر، من LC_ALL أو LC_MESSAGES أو LANG، إن كانت التقارير متاحة بها، وإلا فالإنكليزية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replace FILE.pdf if it exists</source>
        <translation>استبدال FILE.pdf إن كان موجوداً</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>make the report even if it would hold no incident (without it, such a report is refused)</source>
        <translation>إعداد التقرير حتى لو لم يتضمن أي حادثة (من دون هذا الخيار، يُرفض مثل هذا التقرير)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write one table of a case as CSV (UTF-8, opens in Excel and LibreOffice), for an audience</source>
        <translation>كتابة جدول واحد من قضية بصيغة CSV (UTF-8، يُفتح في Excel وLibreOffice)، بحسب الجهة المستهدفة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>incident, allegation, perpetrator, location, actor, victim, ...</source>
        <translation>incident، allegation، perpetrator، location، actor، victim، ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>where to write the CSV</source>
        <translation>مكان كتابة ملف CSV</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+5"/>
        <source>replace FILE.csv if it exists</source>
        <translation>استبدال FILE.csv إن كان موجوداً</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>write a case&apos;s incidents as ACLED-style CSV</source>
        <translation>كتابة حوادث قضية بصيغة CSV على نمط ACLED</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>import an ACLED-style CSV file into a case; rejected rows are listed by line</source>
        <translation>استيراد ملف CSV على نمط ACLED إلى قضية؛ وتُذكر الصفوف المرفوضة بأرقام أسطرها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ACLED CSV file (UTF-8)</source>
        <translation>ملف CSV الخاص بـACLED (UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import nothing if any row is rejected</source>
        <translation>عدم استيراد أي شيء إذا رُفض أي صف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>visibility of the records made (default restricted)</source>
        <translation>مستوى إتاحة السجلات المنشأة (الافتراضي restricted)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a shell completion script for hrdoc&apos;s commands and options</source>
        <translation>عرض نص برمجي للإكمال التلقائي في الصدفة لأوامر hrdoc وخياراته</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the shell that will read it</source>
        <translation>الصدفة التي ستقرؤه</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/audit_words.py" line="-542"/>
        <source>{kind} {name}</source>
        <translation>‏{kind} {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>account of {witness}</source>
        <translation>إفادة {witness}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>account of a witness</source>
        <translation>إفادة شاهد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>victim {victim} of an allegation</source>
        <translation>الضحية {victim} في ادعاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>victim {victim} of allegation {allegation}</source>
        <translation>الضحية {victim} في الادعاء {allegation}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>alleged perpetrator {actor} ({involvement} involvement)</source>
        <translation>الجاني المزعوم {actor} ({involvement})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alleged perpetrator ({involvement} involvement)</source>
        <translation>الجاني المزعوم ({involvement})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alleged perpetrator {actor} ({involvement} involvement) of allegation {allegation}</source>
        <translation>الجاني المزعوم {actor} ({involvement}) في الادعاء {allegation}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reported figure {value} from {origin} on {target}</source>
        <translation>الرقم المُبلَّغ عنه {value} من {origin} بشأن {target}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reported figure {value} from {origin}</source>
        <translation>الرقم المُبلَّغ عنه {value} من {origin}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reported figure {value} on {target}</source>
        <translation>الرقم المُبلَّغ عنه {value} بشأن {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reported figure {value}</source>
        <translation>الرقم المُبلَّغ عنه {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evidence link from {origin} to {target} ({relation})</source>
        <translation>صلة إثبات بين {origin} و{target} ({relation})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>evidence link from {origin} ({relation})</source>
        <translation>صلة إثبات من {origin} ({relation})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evidence link to {target} ({relation})</source>
        <translation>صلة إثبات إلى {target} ({relation})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence link ({relation})</source>
        <translation>صلة إثبات ({relation})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created {record}</source>
        <translation>إنشاء {record}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created {record} in {case}</source>
        <translation>إنشاء {record} في القضية {case}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated {record}</source>
        <translation>تعديل {record}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated {record} in {case}</source>
        <translation>تعديل {record} في القضية {case}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted {record}</source>
        <translation>حذف {record}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted {record} in {case}</source>
        <translation>حذف {record} في القضية {case}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revealed the protected identity of {record}</source>
        <translation>كشف الهوية المحمية لـ{record}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revealed the protected identity of {record} in {case}</source>
        <translation>كشف الهوية المحمية لـ{record} في القضية {case}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated the protected identity of {record}</source>
        <translation>تعديل الهوية المحمية لـ{record}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated the protected identity of {record} in {case}</source>
        <translation>تعديل الهوية المحمية لـ{record} في القضية {case}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated the consent of {record}</source>
        <translation>تعديل موافقة {record}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated the consent of {record} in {case}</source>
        <translation>تعديل موافقة {record} في القضية {case}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrected {record} (version {version})</source>
        <translation>تصحيح {record} (النسخة {version})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected {record} (version {version}) in {case}</source>
        <translation>تصحيح {record} (النسخة {version}) في القضية {case}</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{kind} {name} ({vocabulary})</source>
        <translation>‏{kind} {name} ({vocabulary})</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{violation} — {incident}</source>
        <translation>‏{violation} — {incident}</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Revealed the protected identity of {record} in a merge conflict (both versions)</source>
        <translation>كشف الهوية المحمية لـ{record} في تعارض في الدمج (النسختان كلتاهما)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{action}: {item}</source>
        <translation>‏{action}: {item}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{name} as {role}</source>
        <translation>‏{name} بصفة {role}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{roles}; {role}</source>
        <translation>‏{roles}؛ {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the team store&apos;s database roles: {roles}</source>
        <translation>تحديد أدوار قاعدة البيانات في قاعدة بيانات الفريق: {roles}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Resolved a merge conflict on {record}: kept the local version</source>
        <translation>حسم تعارض في الدمج بشأن {record}: حُفظت النسخة المحلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved a merge conflict on {record} in {case}: kept the local version</source>
        <translation>حسم تعارض في الدمج بشأن {record} في القضية {case}: حُفظت النسخة المحلية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved a merge conflict on {record}: kept the incoming version</source>
        <translation>حسم تعارض في الدمج بشأن {record}: حُفظت النسخة الواردة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved a merge conflict on {record} in {case}: kept the incoming version</source>
        <translation>حسم تعارض في الدمج بشأن {record} في القضية {case}: حُفظت النسخة الواردة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>investigator</source>
        <translation>محقق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reader</source>
        <translation>قارئ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unlocked the store</source>
        <translation>فُتح قفل قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified {file}</source>
        <translation>التحقق من {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed {file}</source>
        <translation>إزالة {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working copy made of {file}</source>
        <translation>إنشاء نسخة عمل من {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made an internal report of case {case}</source>
        <translation>إعداد تقرير داخلي عن القضية {case}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made a partners report of case {case}</source>
        <translation>إعداد تقرير موجّه إلى الشركاء عن القضية {case}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made a public report of case {case}</source>
        <translation>إعداد تقرير علني عن القضية {case}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopted actor {name} from case {case}</source>
        <translation>اعتماد الجهة الفاعلة {name} من القضية {case}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged a copy of case {case} from {origin}</source>
        <translation>دمج نسخة من القضية {case} واردة من {origin}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {count} incidents into case {case} from the ACLED file {file} ({rejected} rows rejected)</source>
        <translation>استيراد {count} من الحوادث إلى القضية {case} من ملف ACLED ‏{file} (رُفض {rejected} من الصفوف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {count} incidents into case {case} from the ACLED file {file}</source>
        <translation>استيراد {count} من الحوادث إلى القضية {case} من ملف ACLED ‏{file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left in the bundle {bundle}</source>
        <translation>أُرسل ضمن الحزمة {bundle}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived in the bundle {bundle}</source>
        <translation>وصل ضمن الحزمة {bundle}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/evidence/custody.py" line="+128"/>
        <source>audit log: a custody entry record for {item} is malformed</source>
        <translation>سجل التدقيق: قيد سلسلة عهدة {item} مشوَّه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>evidence item {item}</source>
        <translation>الدليل {item}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chain of custody of {item}, entry {number} ({action})</source>
        <translation>سلسلة عهدة {item}، القيد {number} ({action})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: entry {missing} is missing</source>
        <translation>‏{where}: القيد {missing} مفقود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: does not follow the entry before it</source>
        <translation>‏{where}: لا يتبع القيد السابق له</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}: was altered after it was written</source>
        <translation>‏{where}: عُدِّل بعد كتابته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}: does not match the audit log&apos;s record of it</source>
        <translation>‏{where}: لا يطابق ما سجّله سجل التدقيق عنه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>chain of custody of {item}: entry {number} is missing (the audit log records it)</source>
        <translation>سلسلة عهدة {item}: القيد {number} مفقود (يسجّله سجل التدقيق)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/verify.py" line="-127"/>
        <source>audit log: {entries} entries, hash chain intact</source>
        <translation>سجل التدقيق: {entries} من القيود، وسلسلة التجزئة سليمة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>team store {store}: this store last saw its audit log at entry {entry} ({seen}); `hrdoc verify --team DB` checks that its history was not rewritten since</source>
        <translation>قاعدة بيانات الفريق {store}: اطّلعت هذه القاعدة على سجل تدقيقها آخر مرة عند القيد {entry} ({seen})؛ ويتحقق الأمر `hrdoc verify --team DB` من أن تاريخه لم يُعَد كتابته منذ ذلك الحين</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>entries merged from other stores: as their first writers wrote them</source>
        <translation>القيود المدمجة من قواعد بيانات أخرى: كما كتبها كاتبوها الأوائل</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>evidence vault: {count} file(s) that no evidence item of this store records are kept in {folder} (nothing was deleted; a note beside each says when and why): if you restored an older copy of the store, put back the copy that recorded them and run verify again, which returns them to the vault</source>
        <translation>خزنة الأدلة: يُحتفظ في {folder} بعدد {count} من الملفات لا يسجّلها أي دليل في هذه القاعدة (لم يُحذف شيء؛ وتبيّن ملاحظة بجانب كل ملف متى ولماذا): إن كنت قد استعدت نسخة أقدم من قاعدة البيانات، فأعد النسخة التي كانت تسجّلها وشغّل التحقق مجدداً، فيعيدها إلى الخزنة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>evidence vault: {count} file(s) that no evidence item of this store records could not be moved to {folder} (is the disk read-only?); they were left in the vault, untouched</source>
        <translation>خزنة الأدلة: تعذّر نقل {count} من الملفات لا يسجّلها أي دليل في هذه القاعدة إلى {folder} (هل القرص للقراءة فقط؟)؛ فتُركت في الخزنة دون مساس</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>team store {store}: audit log of {entries} entries, hash chain intact</source>
        <translation>قاعدة بيانات الفريق {store}: سجل تدقيق من {entries} من القيود، وسلسلة التجزئة سليمة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>team store {store}: {problem}</source>
        <translation>قاعدة بيانات الفريق {store}: {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>search index: its words were not re-read this time ({reason}); run verify again when no other hrdoc is writing, on a writable disk, to include them</source>
        <translation>فهرس البحث: لم تُعَد قراءة كلماته هذه المرة ({reason})؛ شغّل التحقق مجدداً حين لا تكتب أي نسخة أخرى من hrdoc، وعلى قرص قابل للكتابة، لتشملها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>search index: {documents} documents, as the records call for</source>
        <translation>فهرس البحث: {documents} من المستندات، مطابقة للسجلات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>search index: {problem}</source>
        <translation>فهرس البحث: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>search index: and {count} more documents like these</source>
        <translation>فهرس البحث: و{count} من المستندات الأخرى المماثلة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{wrong} of {documents} documents differ from the records</source>
        <translation>‏{wrong} من أصل {documents} من المستندات تختلف عن السجلات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the full-text index does not hold the words of its documents</source>
        <translation>فهرس النص الكامل لا يتضمن كلمات مستنداته</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>search index: {wrong}; run hrdoc verify --rebuild-index to make it again from the records (no record changes)</source>
        <translation>فهرس البحث: {wrong}؛ شغّل hrdoc verify --rebuild-index لإعادة بنائه من السجلات (دون تغيير أي سجل)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/verify_database.py" line="+86"/>
        <source>database integrity: ok</source>
        <translation>سلامة قاعدة البيانات: سليمة</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>references between records: ok</source>
        <translation>الإحالات بين السجلات: سليمة</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>database integrity: ok ({tables} tables, {rows} rows read; every rule and unique key holds)</source>
        <translation>سلامة قاعدة البيانات: سليمة ({tables} من الجداول، و{rows} من الصفوف المقروءة؛ وكل القواعد والمفاتيح الفريدة محترمة)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/report.py" line="-68"/>
        <source>the public report of {reference} will hold:</source>
        <translation>سيتضمن تقرير {reference} الموجّه إلى عامة الجمهور ما يلي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the partners report of {reference} will hold:</source>
        <translation>سيتضمن تقرير {reference} الموجّه إلى الشركاء ما يلي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the internal report of {reference} will hold:</source>
        <translation>سيتضمن تقرير {reference} للاستخدام الداخلي ما يلي:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the public report of {reference} would hold {reason}; nothing was written: use --allow-empty to make it anyway</source>
        <translation>سيتضمن تقرير {reference} الموجّه إلى عامة الجمهور {reason}؛ لم يُكتب شيء: استخدم --allow-empty لإعداده رغم ذلك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the partners report of {reference} would hold {reason}; nothing was written: use --allow-empty to make it anyway</source>
        <translation>سيتضمن تقرير {reference} الموجّه إلى الشركاء {reason}؛ لم يُكتب شيء: استخدم --allow-empty لإعداده رغم ذلك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the internal report of {reference} would hold {reason}; nothing was written: use --allow-empty to make it anyway</source>
        <translation>سيتضمن تقرير {reference} للاستخدام الداخلي {reason}؛ لم يُكتب شيء: استخدم --allow-empty لإعداده رغم ذلك</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>wrote the public report of {case} to {target} ({size})</source>
        <translation>كُتب تقرير {case} الموجّه إلى عامة الجمهور في {target} ({size})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote the partners report of {case} to {target} ({size})</source>
        <translation>كُتب تقرير {case} الموجّه إلى الشركاء في {target} ({size})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote the internal report of {case} to {target} ({size})</source>
        <translation>كُتب تقرير {case} للاستخدام الداخلي في {target} ({size})</translation>
    </message>
    <message>
        <location filename="../../hrdoc/domain/countries.py" line="+446"/>
        <source>{text} is not a country hrdoc knows (did you mean {countries}?): give its name in English, French or Arabic (Burkina Faso) or its two-letter ISO 3166-1 code (BF)</source>
        <translation>‏{text} ليس بلدًا يعرفه hrdoc (هل تقصد {countries}؟): أدخِل اسمه بالإنكليزية أو بالفرنسية أو بالعربية (بوركينا فاسو) أو رمزه المكوّن من حرفين وفق المعيار ISO 3166-1 ‏(BF)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text} is not a country hrdoc knows: give its name in English, French or Arabic (Burkina Faso) or its two-letter ISO 3166-1 code (BF)</source>
        <translation>‏{text} ليس بلدًا يعرفه hrdoc: أدخِل اسمه بالإنكليزية أو بالفرنسية أو بالعربية (بوركينا فاسو) أو رمزه المكوّن من حرفين وفق المعيار ISO 3166-1 ‏(BF)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/audit.py" line="+329"/>
        <source>audit entry {expected_seq} is missing (the next entry found is {seq})</source>
        <translation>القيد {expected_seq} في سجل التدقيق مفقود (القيد التالي الموجود هو {seq})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>audit entry {seq} does not follow the entry before it (chain broken)</source>
        <translation>القيد {seq} في سجل التدقيق لا يلي القيد الذي قبله (السلسلة منقطعة)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>audit entry {seq} ({action} {kind}) was altered</source>
        <translation>عُدّل القيد {seq} في سجل التدقيق ({action} {kind})</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>audit entry {seq} ({action}) was altered</source>
        <translation>عُدّل القيد {seq} في سجل التدقيق ({action})</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the audit log ends at entry {last} but its recorded head is entry {head}: entries were removed or added outside hrdoc</source>
        <translation>ينتهي سجل التدقيق عند القيد {last} لكن آخر قيد مسجَّل له هو القيد {head}: حُذفت قيود أو أُضيفت خارج hrdoc</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the audit log&apos;s recorded head is missing</source>
        <translation>آخر قيد مسجَّل لسجل التدقيق مفقود</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/desktop_entry.py" line="+32"/>
        <source>Case manager for human-rights investigations</source>
        <translation>أداة لإدارة قضايا التحقيقات في مجال حقوق الإنسان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record incidents, allegations, witnesses, sources and evidence, offline and encrypted</source>
        <translation>تسجيل الحوادث والادعاءات والشهود والمصادر والأدلة، دون اتصال وبتشفير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hrdoc case bundle</source>
        <translation>حزمة قضية hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/evidence/sniff.py" line="-57"/>
        <source>JPEG image</source>
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIF image</source>
        <translation>صورة GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebP image</source>
        <translation>صورة WebP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIFF image</source>
        <translation>صورة TIFF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HEIC image</source>
        <translation>صورة HEIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HEIF image</source>
        <translation>صورة HEIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AVIF image</source>
        <translation>صورة AVIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BMP image</source>
        <translation>صورة BMP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG 2000 image</source>
        <translation>صورة JPEG 2000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canon raw image (CR3)</source>
        <translation>صورة خام من Canon (CR3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing</source>
        <translation>رسم SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP archive</source>
        <translation>أرشيف ZIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gzip-compressed file</source>
        <translation>ملف مضغوط بصيغة gzip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7-Zip archive</source>
        <translation>أرشيف 7-Zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAR archive</source>
        <translation>أرشيف RAR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPUB e-book</source>
        <translation>كتاب إلكتروني EPUB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legacy Microsoft Office file</source>
        <translation>ملف Microsoft Office بصيغة قديمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RTF document</source>
        <translation>مستند RTF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document</source>
        <translation>مستند Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel spreadsheet</source>
        <translation>جدول بيانات Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerPoint presentation</source>
        <translation>عرض تقديمي PowerPoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text</source>
        <translation>نص OpenDocument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument spreadsheet</source>
        <translation>جدول بيانات OpenDocument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument presentation</source>
        <translation>عرض تقديمي OpenDocument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 video</source>
        <translation>فيديو MP4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QuickTime video</source>
        <translation>فيديو QuickTime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3GP video</source>
        <translation>فيديو 3GP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3G2 video</source>
        <translation>فيديو 3G2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AVI video</source>
        <translation>فيديو AVI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebM video</source>
        <translation>فيديو WebM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matroska video</source>
        <translation>فيديو Matroska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ogg video</source>
        <translation>فيديو Ogg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MPEG-4 audio (M4A)</source>
        <translation>صوت MPEG-4 (M4A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP3 audio</source>
        <translation>صوت MP3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AAC audio</source>
        <translation>صوت AAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAV audio</source>
        <translation>صوت WAV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ogg audio</source>
        <translation>صوت Ogg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ogg media</source>
        <translation>وسائط Ogg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FLAC audio</source>
        <translation>صوت FLAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMR audio</source>
        <translation>صوت AMR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMR-WB audio</source>
        <translation>صوت AMR-WB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web archive (WARC)</source>
        <translation>أرشيف ويب (WARC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web archive (WARC, compressed)</source>
        <translation>أرشيف ويب (WARC، مضغوط)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web page archive (MHTML)</source>
        <translation>أرشيف صفحة ويب (MHTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML page</source>
        <translation>صفحة HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XHTML page</source>
        <translation>صفحة XHTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XML document</source>
        <translation>مستند XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KML map data</source>
        <translation>بيانات خرائط KML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPX track</source>
        <translation>مسار GPX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSS feed</source>
        <translation>موجز RSS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atom feed</source>
        <translation>موجز Atom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON data</source>
        <translation>بيانات JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plain text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognised binary data</source>
        <translation>بيانات ثنائية غير معروفة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>audio</source>
        <translation>صوت</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{kind} ({subtype})</source>
        <translation>{kind} ({subtype})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file of type {mime}</source>
        <translation>ملف من النوع {mime}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown type</source>
        <translation>نوع غير معروف</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/chronology_page.py" line="+0"/>
        <source>Zoom out (-, or the wheel)</source>
        <translation>تصغير (- أو عجلة الفأرة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (+, or the wheel)</source>
        <translation>تكبير (+ أو عجلة الفأرة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All dates</source>
        <translation>كل التواريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show every dated incident (Home)</source>
        <translation>عرض كل الحوادث المؤرخة (Home)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only these dates</source>
        <translation>هذه التواريخ فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in the lists only the incidents of the dates in view</source>
        <translation>عدم عرض سوى حوادث التواريخ الظاهرة في القوائم</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drag across the timeline to show a period; click an incident to show its dates.</source>
        <translation>اسحب على الخط الزمني لعرض فترة؛ وانقر على حادثة لعرض تواريخها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Incidents not on the timeline</source>
        <translation>حوادث خارج الخط الزمني</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No date, or a date of unknown precision ({count}):</source>
        <translation>بلا تاريخ أو بتاريخ غير معروف الدقة ({count}):</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/map_view.py" line="+416"/>
        <source>any</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/map_page.py" line="-78"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="-141"/>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map of the case&apos;s places</source>
        <translation>خريطة أماكن القضية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incidents from</source>
        <translation>الحوادث ابتداءً من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents to</source>
        <translation>الحوادث حتى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Violation alleged</source>
        <translation>الانتهاك المدعى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All violations</source>
        <translation>جميع الانتهاكات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All incidents</source>
        <translation>جميع الحوادث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every incident: any date, any violation</source>
        <translation>عرض جميع الحوادث، أيًّا كان تاريخها أو الانتهاك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whole case</source>
        <translation>القضية كاملة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in (+, or the mouse wheel)</source>
        <translation>تكبير (+، أو عجلة الفأرة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (−)</source>
        <translation>تصغير (−)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole case (Ctrl+0)</source>
        <translation>عرض القضية كاملة (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violation:</source>
        <translation>الانتهاك:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Places on the map</source>
        <translation>الأماكن على الخريطة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents at the chosen place</source>
        <translation>الحوادث في المكان المختار</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Drawing the map…</source>
        <translation>جارٍ رسم الخريطة…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The map cannot be drawn: {error}</source>
        <translation>تعذّر رسم الخريطة: {error}</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Places shown: {places} of {total} · Incidents: {incidents}</source>
        <translation>الأماكن المعروضة: {places} من {total} · الحوادث: {incidents}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without a position or a known region: {count}</source>
        <translation>بلا موقع جغرافي أو منطقة معروفة: {count}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/map_words.py" line="+44"/>
        <source>{place} ({where}), {precision} · Incidents: {count}</source>
        <translation>{place} ({where})، {precision} · الحوادث: {count}</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>{place} ({count})</source>
        <translation>{place} ({count})</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{title} (undated)</source>
        <translation>{title} (غير مؤرخة)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{region}: places known only to this region: {places}</source>
        <translation>{region}: أماكن لا يُعرف منها إلا المنطقة: {places}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>exact position</source>
        <translation>موقع دقيق</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{when}: {title}</source>
        <translation>{when}: {title}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>near this position</source>
        <translation>بالقرب من هذا الموقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known only to its region</source>
        <translation>لا تُعرف إلا منطقته</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Photo {photo}: taken at {lat}, {lon}; “{incident}” is placed only in the region of {place}</source>
        <translation>الصورة {photo}: التُقطت عند {lat}، {lon}؛ ولا يُعرف من مكان «{incident}» إلا منطقة {place}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photo {photo}: taken {km} km from {place}, where “{incident}” is placed</source>
        <translation>الصورة {photo}: التُقطت على بعد {km} كم من {place}، حيث تقع «{incident}»</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/period.py" line="+98"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Showing the incidents of {period}</source>
        <translation>عرض حوادث {period}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/timeline.py" line="+121"/>
        <source>drawn {days} days either side of the dates given</source>
        <translation>مرسومة بهامش {days} أيام قبل التواريخ المذكورة وبعدها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how precise this date is is not known</source>
        <translation>دقة هذا التاريخ غير معروفة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Timeline of the incidents</source>
        <translation>الخط الزمني للحوادث</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/atlas.py" line="+42"/>
        <source>Boundaries and names: Natural Earth (public domain)</source>
        <translation>الحدود والأسماء: Natural Earth (ملك عام)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/figures.py" line="+83"/>
        <source>Figure 2. Timeline of incidents with a known date, each over the days it allows.</source>
        <translation>الشكل 2. التسلسل الزمني للحوادث المعروفة التاريخ، كلٌّ منها على امتداد الأيام التي يحتملها تاريخه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not on the timeline (no date, or a date of unknown precision): {numbers}.</source>
        <translation>غير مدرجة في التسلسل الزمني (بلا تاريخ، أو بتاريخ غير معروف الدقة): {numbers}.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Exact day</source>
        <translation>يوم دقيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximate day (± {days} days)</source>
        <translation>يوم تقريبي (± {days} أيام)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known to the month or year</source>
        <translation>معروف بالشهر أو السنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From start to end</source>
        <translation>من البداية إلى النهاية</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/locator.py" line="+439"/>
        <source>Map 1. Where the incidents took place, numbered as in the text: a dot for a known position, a ring for a position near the place, a shaded region for a place known only to its region.</source>
        <translation>الخريطة 1. أماكن وقوع الحوادث، مرقّمة كما في النص: نقطة للموقع المعروف، ودائرة للموقع القريب من المكان، ومنطقة مظلّلة للمكان المعروف على مستوى المنطقة فقط.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Positions are shown to {degrees}° (about {km} km) for this audience.</source>
        <translation>تُعرض المواقع لهذه الجهة المستهدفة بدقة {degrees}° (نحو {km} كم).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not on the map (no place, or neither a position nor a known region): {numbers}.</source>
        <translation>غير مدرجة في الخريطة (بلا مكان، أو بلا موقع ولا منطقة معروفة): {numbers}.</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../hrdoc/cli/counts.py" line="-83"/>
        <source>{n} incidents</source>
        <comment>two</comment>
        <translation>{n} حادثتان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} incidents</source>
        <comment>few</comment>
        <translation>{n} حوادث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} incidents</source>
        <comment>many</comment>
        <translation>{n} حادثة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} allegations</source>
        <comment>two</comment>
        <translation>{n} ادعاءان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} allegations</source>
        <comment>few</comment>
        <translation>{n} ادعاءات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} allegations</source>
        <comment>many</comment>
        <translation>{n} ادعاءً</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} actors</source>
        <comment>two</comment>
        <translation>{n} جهتان فاعلتان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} actors</source>
        <comment>few</comment>
        <translation>{n} جهات فاعلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} actors</source>
        <comment>many</comment>
        <translation>{n} جهةً فاعلة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} victims</source>
        <comment>two</comment>
        <translation>{n} ضحيتان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} victims</source>
        <comment>few</comment>
        <translation>{n} ضحايا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} victims</source>
        <comment>many</comment>
        <translation>{n} ضحيةً</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} witnesses</source>
        <comment>two</comment>
        <translation>{n} شاهدان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} witnesses</source>
        <comment>few</comment>
        <translation>{n} شهود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} witnesses</source>
        <comment>many</comment>
        <translation>{n} شاهداً</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} accounts</source>
        <comment>two</comment>
        <translation>{n} إفادتان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} accounts</source>
        <comment>few</comment>
        <translation>{n} إفادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} accounts</source>
        <comment>many</comment>
        <translation>{n} إفادةً</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} sources</source>
        <comment>two</comment>
        <translation>{n} مصدران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sources</source>
        <comment>few</comment>
        <translation>{n} مصادر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sources</source>
        <comment>many</comment>
        <translation>{n} مصدراً</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} evidence files</source>
        <comment>two</comment>
        <translation>{n} ملفا دليل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} evidence files</source>
        <comment>few</comment>
        <translation>{n} ملفات أدلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} evidence files</source>
        <comment>many</comment>
        <translation>{n} ملف دليل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} records</source>
        <comment>two</comment>
        <translation>{n} سجلان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} records</source>
        <comment>few</comment>
        <translation>{n} سجلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} records</source>
        <comment>many</comment>
        <translation>{n} سجلاً</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} rows</source>
        <comment>two</comment>
        <translation>{n} صفان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} rows</source>
        <comment>few</comment>
        <translation>{n} صفوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} rows</source>
        <comment>many</comment>
        <translation>{n} صفاً</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} bytes</source>
        <comment>two</comment>
        <translation>{n} بايت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} bytes</source>
        <comment>few</comment>
        <translation>{n} بايت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} bytes</source>
        <comment>many</comment>
        <translation>{n} بايت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} people</source>
        <comment>two</comment>
        <translation>{n} شخصان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} people</source>
        <comment>few</comment>
        <translation>{n} أشخاص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} people</source>
        <comment>many</comment>
        <translation>{n} شخصاً</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} documents</source>
        <comment>two</comment>
        <translation>{n} وثيقتان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} documents</source>
        <comment>few</comment>
        <translation>{n} وثائق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} documents</source>
        <comment>many</comment>
        <translation>{n} وثيقةً</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../hrdoc/gui/startup_probe.py" line="+103"/>
        <source>&amp;Stay locked</source>
        <translation>ال&amp;بقاء مقفلاً</translation>
    </message>
</context>
</TS>
