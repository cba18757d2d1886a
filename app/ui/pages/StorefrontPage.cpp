#include "ui/pages/StorefrontPage.h"

#include "ui/Theme.h"
#include "ui/pages/PageRegistry.h"
#include "viewmodels/StorefrontPreviewModel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableWidget>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

using theme::card;
using theme::repolish;

namespace {

QLabel *label(QWidget *parent, const QString &text, const QString &name)
{
    auto *l = new QLabel(text, parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    return l;
}

// A storefront widget's box: white, rounded, a close mark at its end, as ui.js draws it.
QFrame *widgetBox(QWidget *parent, QLayout *content)
{
    auto *box = new QFrame(parent);
    box->setObjectName(u"widgetBox"_s);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(14, 12, 10, 12);
    row->setSpacing(10);
    row->addLayout(content, 1);
    auto *close = label(box, u"\u00d7"_s, u"widgetClose"_s);
    close->setWordWrap(false);
    row->addWidget(close, 0, Qt::AlignTop);
    return box;
}

Qt::Alignment cornerOf(const QString &position)
{
    // Leading is the page's start: the right in Arabic, as the widgets' logical sides.
    const Qt::Alignment side = position.endsWith(u"_end"_s) ? Qt::AlignTrailing : Qt::AlignLeading;
    return side | (position.startsWith(u"top"_s) ? Qt::AlignTop : Qt::AlignBottom);
}

} // namespace

void StorefrontPage::registerPage()
{
    PageRegistry::add({u"storefront"_s, 45, QT_TRANSLATE_NOOP("Pages", "Storefront"), u"store"_s,
                       [](PageContext &context, QWidget *parent) -> Page * { return new StorefrontPage(context, parent); }});
}

StorefrontPage::StorefrontPage(PageContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
{
    setObjectName(u"storefrontPage"_s);
    QVBoxLayout *layout = scrollingBody(&m_title, 16);
    QWidget *body = layout->parentWidget();
    m_intro = label(body, {}, u"descriptionLabel"_s);
    layout->addWidget(m_intro);

    // The shopper's language: the store's pages come in both.
    auto *languages = new QHBoxLayout;
    languages->setSpacing(8);
    m_language = new QButtonGroup(this);
    m_language->setExclusive(true);
    for (const int id : {0, 1}) {
        auto *button = new QPushButton(id == 0 ? u"العربية"_s : u"English"_s, body);
        button->setCheckable(true);
        button->setObjectName(id == 0 ? u"shopperArabic"_s : u"shopperEnglish"_s);
        m_language->addButton(button, id);
        languages->addWidget(button);
    }
    m_language->button(QLocale().language() == QLocale::English ? 1 : 0)->setChecked(true);
    languages->addStretch();
    layout->addLayout(languages);
    connect(m_language, &QButtonGroup::idClicked, this, &StorefrontPage::refresh);

    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    const QStringList keys{u"visitor_counter"_s, u"latest_purchase"_s, u"email_collector"_s, u"push"_s};
    for (qsizetype i = 0; i < keys.size(); ++i) {
        Preview preview;
        preview.key = keys.at(i);
        QFrame *frame = card(body);
        frame->setObjectName(u"preview_"_s + preview.key);
        auto *inner = new QVBoxLayout(frame);
        inner->setContentsMargins(16, 16, 16, 16);
        inner->setSpacing(10);
        auto *head = new QHBoxLayout;
        preview.title = label(frame, {}, u"sectionTitle"_s);
        preview.state = label(frame, {}, u"stateLabel"_s);
        preview.state->setWordWrap(false);
        preview.settings = new QPushButton(frame);
        preview.settings->setObjectName(u"previewSettings"_s);
        const QString settingsKey = preview.key == u"push" ? u"notifications"_s : preview.key;
        connect(preview.settings, &QPushButton::clicked, this, [this, settingsKey] { Q_EMIT m_context.actions.setupRequested(settingsKey); });
        head->addWidget(preview.title, 1);
        head->addWidget(preview.state);
        head->addWidget(preview.settings);
        inner->addLayout(head);
        preview.stage = new QFrame(frame);
        preview.stage->setObjectName(u"shopperPage"_s);
        preview.stage->setMinimumHeight(preview.key == u"email_collector" ? 300 : 170);
        new QGridLayout(preview.stage);
        inner->addWidget(preview.stage, 1);
        preview.caption = label(frame, {}, u"previewCaption"_s);
        preview.caption->setProperty("role", u"muted"_s);
        inner->addWidget(preview.caption);
        grid->addWidget(frame, static_cast<int>(i / 2), static_cast<int>(i % 2));
        m_previews.append(preview);
    }
    layout->addLayout(grid);

    // The collector's list: who joined, and deletion at a subscriber's request.
    QFrame *list = card(body);
    list->setObjectName(u"subscribersCard"_s);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(16, 16, 16, 16);
    auto *listHead = new QHBoxLayout;
    m_listTitle = label(list, {}, u"sectionTitle"_s);
    m_erase = new QPushButton(list);
    m_erase->setObjectName(u"eraseSubscriber"_s);
    m_erase->setEnabled(false);
    listHead->addWidget(m_listTitle, 1);
    listHead->addWidget(m_erase);
    listLayout->addLayout(listHead);
    m_listNote = label(list, {}, u"subscribersNote"_s);
    m_listNote->setProperty("role", u"muted"_s);
    listLayout->addWidget(m_listNote);
    m_list = new QTableWidget(0, 4, list);
    m_list->setObjectName(u"subscribersTable"_s);
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_list->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->verticalHeader()->hide();
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setShowGrid(false);
    m_list->setMinimumHeight(220);
    listLayout->addWidget(m_list);
    layout->addWidget(list);
    layout->addStretch();
    connect(m_list, &QTableWidget::itemSelectionChanged, this, [this] { m_erase->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_erase, &QPushButton::clicked, this, &StorefrontPage::eraseSelected);

    connect(&m_context.storefront, &StorefrontPreviewModel::changed, this, &StorefrontPage::refresh);
    retranslate();
}

bool StorefrontPage::shopperArabic() const
{
    return m_language->checkedId() != 1;
}

void StorefrontPage::retranslate()
{
    m_title->setText(tr("Storefront"));
    m_intro->setText(tr("Your storefront tools as your shoppers see them, with your own words and settings. Change a setting and "
                        "the preview follows; a tool that is off shows nothing in your store."));
    refresh();
}

void StorefrontPage::refresh()
{
    const StorefrontPreviewModel &model = m_context.storefront;
    for (Preview &preview : m_previews) {
        const bool on = preview.key == u"push" ? model.pushOffered() : model.tool(preview.key).enabled;
        preview.title->setText(preview.key == u"visitor_counter"   ? tr("Live visitor counter")
                               : preview.key == u"latest_purchase" ? tr("Latest purchase")
                               : preview.key == u"email_collector" ? tr("Email collector")
                                                                   : tr("Push notifications"));
        preview.state->setText(on ? tr("On") : tr("Off: your shoppers do not see it"));
        preview.state->setProperty("state", on ? u"good"_s : u"neutral"_s);
        repolish(preview.state);
        preview.settings->setText(tr("Settings"));
        preview.caption->setText(captionFor(preview.key));
        drawStage(preview);
    }
    refreshList();
}

void StorefrontPage::refreshList()
{
    const QList<EmailSubscriber> &list = m_context.storefront.subscribers();
    qsizetype onList = 0;
    for (const EmailSubscriber &s : list)
        onList += s.unsubscribed ? 0 : 1;
    m_listTitle->setText(tr("Your list"));
    m_listNote->setText(list.isEmpty() ? tr("No one has subscribed yet. Sign-ups from your store's email collector show here.")
                                       : tr("%Ln subscriber(s) on your list. If a subscriber asks to be deleted, select them and "
                                            "delete them here: what your store kept about them goes, and they get no more email.",
                                            nullptr, int(onList)));
    m_erase->setText(tr("Delete at their request…"));
    m_list->setHorizontalHeaderLabels({tr("Email"), tr("Name"), tr("Joined"), tr("State")});
    const QLocale locale;
    m_list->setRowCount(static_cast<int>(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const EmailSubscriber &s = list.at(row);
        auto *email = new QTableWidgetItem(u"\u2066"_s + s.email + u"\u2069"_s); // an address reads left to right
        email->setData(Qt::UserRole, s.id);
        m_list->setItem(row, 0, email);
        m_list->setItem(row, 1, new QTableWidgetItem(s.name));
        m_list->setItem(row, 2, new QTableWidgetItem(locale.toString(s.createdAt.toTimeZone(QTimeZone("Asia/Riyadh")).date(), QLocale::ShortFormat)));
        m_list->setItem(row, 3, new QTableWidgetItem(s.unsubscribed ? tr("Unsubscribed") : tr("On the list")));
    }
    m_erase->setEnabled(!m_list->selectedItems().isEmpty());
}

void StorefrontPage::eraseSelected()
{
    const QList<QTableWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    QTableWidgetItem *first = m_list->item(selected.constFirst()->row(), 0);
    const qint64 id = first->data(Qt::UserRole).toLongLong();
    const auto answer = QMessageBox::question(
        this, tr("Delete this subscriber?"),
        tr("Delete %1 and what your store kept about them? Their consent's history and the words of the messages sent to them are "
           "erased, and their address is kept only as \"do not email\". This cannot be undone.")
            .arg(first->text()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        Q_EMIT m_context.actions.eraseSubscriberRequested(id);
}

void StorefrontPage::drawStage(Preview &preview)
{
    const bool arabic = shopperArabic();
    auto *grid = static_cast<QGridLayout *>(preview.stage->layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    preview.stage->setLayoutDirection(arabic ? Qt::RightToLeft : Qt::LeftToRight);
    grid->setContentsMargins(14, 12, 14, 14);
    QLabel *store = label(preview.stage, m_context.storefront.storeName(), u"shopperStoreName"_s);
    grid->addWidget(store, 0, 0, Qt::AlignTop | Qt::AlignLeading);
    grid->setRowStretch(1, 1);
    const StorefrontPreviewModel::Tool tool = m_context.storefront.tool(preview.key);
    if (preview.key == u"visitor_counter")
        grid->addWidget(counterBox(preview.stage, arabic), 1, 0, cornerOf(tool.settings.value(u"position"_s).toString()));
    else if (preview.key == u"latest_purchase")
        grid->addWidget(toastBox(preview.stage, arabic), 1, 0, cornerOf(tool.settings.value(u"position"_s).toString()));
    else if (preview.key == u"email_collector")
        grid->addWidget(collectorBox(preview.stage, arabic), 1, 0, Qt::AlignCenter);
    else
        grid->addWidget(pushBox(preview.stage, arabic), 1, 0, cornerOf(u"bottom_end"_s));
}

QWidget *StorefrontPage::counterBox(QWidget *parent, bool arabic) const
{
    const qint64 minimum = m_context.storefront.tool(u"visitor_counter"_s).settings.value(u"minimum_visitors"_s).toInteger(3);
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    auto *dot = label(nullptr, {}, u"widgetDot"_s);
    dot->setFixedSize(8, 8);
    row->addWidget(dot, 0, Qt::AlignVCenter);
    const bool product = m_context.storefront.tool(u"visitor_counter"_s).settings.value(u"pages"_s).toString() != u"all";
    row->addWidget(label(nullptr, StorefrontPreviewModel::counterWords(std::max<qint64>(12, minimum), arabic, product), u"widgetText"_s), 1);
    return widgetBox(parent, row);
}

QWidget *StorefrontPage::toastBox(QWidget *parent, bool arabic) const
{
    const QJsonObject settings = m_context.storefront.tool(u"latest_purchase"_s).settings;
    const QString city = m_context.storefront.recentCity().isEmpty() ? (arabic ? u"الرياض"_s : u"Riyadh"_s) : m_context.storefront.recentCity();
    const QString name = settings.value(u"hide_names"_s).toBool(true) ? QString() : (arabic ? u"نورة"_s : u"Noura"_s);
    auto *row = new QHBoxLayout;
    row->setSpacing(10);
    auto *picture = label(nullptr, {}, u"widgetPicture"_s);
    picture->setFixedSize(48, 48);
    row->addWidget(picture, 0, Qt::AlignVCenter);
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(label(nullptr, StorefrontPreviewModel::toastWho(name, city, arabic), u"widgetText"_s));
    text->addWidget(label(nullptr, arabic ? u"عطر عود ملكي ١٠٠ مل"_s : u"Royal Oud 100 ml"_s, u"widgetAccent"_s));
    text->addWidget(label(nullptr, StorefrontPreviewModel::toastAgo(3, arabic), u"widgetMuted"_s));
    row->addLayout(text, 1);
    return widgetBox(parent, row);
}

QWidget *StorefrontPage::collectorBox(QWidget *parent, bool arabic) const
{
    const QJsonObject settings = m_context.storefront.tool(u"email_collector"_s).settings;
    auto *content = new QVBoxLayout;
    content->setSpacing(6);
    content->addWidget(label(nullptr, StorefrontPreviewModel::words(settings, u"headline"_s, arabic), u"widgetTitle"_s));
    if (const QString body = StorefrontPreviewModel::words(settings, u"body"_s, arabic); !body.isEmpty())
        content->addWidget(label(nullptr, body, u"widgetMuted"_s));
    if (const int reward = m_context.storefront.rewardPercent(); reward > 0)
        content->addWidget(label(nullptr, StorefrontPreviewModel::rewardWords(reward, arabic), u"widgetAccent"_s));
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    auto *email = new QLineEdit;
    email->setObjectName(u"widgetEmail"_s);
    email->setPlaceholderText(arabic ? u"بريدك الإلكتروني"_s : u"Your email"_s);
    email->setLayoutDirection(Qt::LeftToRight);
    email->setFocusPolicy(Qt::NoFocus);
    row->addWidget(email, 1);
    QString button = StorefrontPreviewModel::words(settings, u"button"_s, arabic);
    auto *go = new QPushButton(button.isEmpty() ? (arabic ? u"اشترك"_s : u"Subscribe"_s) : button);
    go->setObjectName(u"widgetButton"_s);
    go->setFocusPolicy(Qt::NoFocus);
    row->addWidget(go);
    content->addLayout(row);
    auto *consent = new QHBoxLayout;
    consent->setSpacing(8);
    auto *tick = new QCheckBox;
    tick->setFocusPolicy(Qt::NoFocus);
    consent->addWidget(tick, 0, Qt::AlignTop);
    consent->addWidget(label(nullptr, StorefrontPreviewModel::consentWords(m_context.storefront.storeName(), arabic), u"widgetSmall"_s), 1);
    content->addLayout(consent);
    // The optional mobile number, when the store sends SMS or WhatsApp.
    if (const QStringList channels = m_context.storefront.phoneChannels(); !channels.isEmpty()) {
        auto *phone = new QLineEdit;
        phone->setObjectName(u"widgetEmail"_s);
        phone->setPlaceholderText(arabic ? u"جوالك (اختياري) 05xxxxxxxx"_s : u"Your mobile (optional) 05xxxxxxxx"_s);
        phone->setLayoutDirection(Qt::LeftToRight);
        phone->setFocusPolicy(Qt::NoFocus);
        content->addWidget(phone);
        auto *phoneConsent = new QHBoxLayout;
        phoneConsent->setSpacing(8);
        auto *phoneTick = new QCheckBox;
        phoneTick->setFocusPolicy(Qt::NoFocus);
        phoneConsent->addWidget(phoneTick, 0, Qt::AlignTop);
        phoneConsent->addWidget(label(nullptr, StorefrontPreviewModel::phoneWords(m_context.storefront.storeName(), channels, arabic),
                                      u"widgetSmall"_s),
                                1);
        content->addLayout(phoneConsent);
    }
    QFrame *box = widgetBox(parent, content);
    box->setMaximumWidth(420);
    return box;
}

QWidget *StorefrontPage::pushBox(QWidget *parent, bool arabic) const
{
    auto *content = new QVBoxLayout;
    content->setSpacing(8);
    content->addWidget(label(nullptr, StorefrontPreviewModel::pushOffer(m_context.storefront.storeName(), arabic), u"widgetMuted"_s));
    auto *row = new QHBoxLayout;
    auto *yes = new QPushButton(arabic ? u"نعم، أعلمني"_s : u"Yes, notify me"_s);
    yes->setObjectName(u"widgetButton"_s);
    yes->setFocusPolicy(Qt::NoFocus);
    row->addWidget(yes);
    row->addWidget(label(nullptr, arabic ? u"لاحقًا"_s : u"Later"_s, u"widgetMuted"_s));
    row->addStretch();
    content->addLayout(row);
    QFrame *box = widgetBox(parent, content);
    box->setMaximumWidth(380);
    return box;
}

QString StorefrontPage::captionFor(const QString &key) const
{
    const QJsonObject s = m_context.storefront.tool(key).settings;
    const bool arabic = shopperArabic();
    const auto corner = [arabic](const QString &position) {
        // The page's start is its right in Arabic.
        const bool right = position.endsWith(u"_start"_s) == arabic;
        const bool top = position.startsWith(u"top"_s);
        return top ? (right ? tr("Top right corner") : tr("Top left corner")) : (right ? tr("Bottom right corner") : tr("Bottom left corner"));
    };
    const auto pages = [](const QString &which) {
        return which == u"product" ? tr("product pages") : which == u"home" ? tr("the home page") : tr("every page");
    };
    if (key == u"visitor_counter") {
        //: %1: the corner; %2: which pages; %Ln: the fewest visitors it shows
        return tr("%1, on %2. Hidden while fewer than %Ln people are there (an example figure is shown here).", nullptr,
                  int(s.value(u"minimum_visitors"_s).toInteger(3)))
            .arg(corner(s.value(u"position"_s).toString()), pages(s.value(u"pages"_s).toString()));
    }
    if (key == u"latest_purchase") {
        const QString names = s.value(u"hide_names"_s).toBool(true) ? tr("Shoppers' names hidden.") : tr("Shoppers' first names shown.");
        //: %1: the corner; %2: which pages; %3: at most per visit; %Ln: hours of orders it takes
        return tr("%1, on %2, at most %3 a visit, from real orders of the last %Ln hour(s).", nullptr,
                  int(s.value(u"max_age_hours"_s).toInteger(48)))
                   .arg(corner(s.value(u"position"_s).toString()), pages(s.value(u"pages"_s).toString()),
                        QLocale().toString(s.value(u"max_per_visit"_s).toInteger(3)))
               + u' ' + names;
    }
    if (key == u"email_collector") {
        const QString layout = s.value(u"layout"_s).toString(u"popup"_s);
        const QString form = layout == u"bar" ? tr("A bar at the top") : layout == u"inline" ? tr("A form in the page") : tr("A pop-up");
        const QString trigger = s.value(u"trigger"_s).toString(u"delay"_s);
        const QString when = trigger == u"scroll" ? tr("when %1% of the page is scrolled").arg(QLocale().toString(s.value(u"scroll_percent"_s).toInteger(50)))
                             : trigger == u"exit" ? tr("when the visitor is about to leave")
                                                  : tr("after %Ln second(s)", nullptr, int(s.value(u"delay_seconds"_s).toInteger(15)));
        //: %1: pop-up, bar or form; %2: when it shows; %3: which pages; %Ln: days before it shows again
        return tr("%1 %2, on %3; not again to the same visitor for %Ln day(s), never after they subscribe.", nullptr,
                  int(s.value(u"show_again_days"_s).toInteger(7)))
            .arg(form, when, pages(s.value(u"pages"_s).toString()));
    }
    return tr("Offered only after the shopper does something (adds to the cart, orders, subscribes), never as the page opens; "
              "the browser's own prompt follows in a small window. Needs Shopper notifications with Push on.");
}

} // namespace nomo
