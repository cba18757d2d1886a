#include "ui/Theme.h"

#include <QApplication>
#include <QFile>
#include <QFrame>
#include <QStyle>
#include <QFontDatabase>
#include <QPainter>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace nomo::theme {

namespace {
QString loadFamily(const QStringList &files)
{
    QString family;
    for (const QString &file : files) {
        const int id = QFontDatabase::addApplicationFont(u"/usr/share/fonts/truetype/noto/"_s + file);
        if (id >= 0 && family.isEmpty())
            family = QFontDatabase::applicationFontFamilies(id).value(0);
    }
    return family;
}

QString &arabicFamily()
{
    static QString family;
    return family;
}

QString &latinFamily()
{
    static QString family;
    return family;
}
} // namespace

void apply(QApplication &app)
{
    arabicFamily() = loadFamily({u"NotoSansArabicUI-Regular.ttf"_s, u"NotoSansArabicUI-Bold.ttf"_s});
    latinFamily() = loadFamily({u"NotoSans-Regular.ttf"_s, u"NotoSans-Bold.ttf"_s});
    QFile sheet(u":/nomo/nomo.qss"_s);
    if (sheet.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(sheet.readAll()));
    app.setWindowIcon(QIcon(u":/nomo/nomo-console.svg"_s));
}

void useFontFor(QApplication &app, bool arabic)
{
    QFont font = app.font();
    // Arabic first, Latin for names and codes inside it (and the other way round).
    const QStringList families = arabic ? QStringList{arabicFamily(), latinFamily()} : QStringList{latinFamily(), arabicFamily()};
    QStringList present;
    for (const QString &family : families)
        if (!family.isEmpty())
            present.append(family);
    if (!present.isEmpty())
        font.setFamilies(present);
    font.setPointSizeF(10); // 13 px at 96 dpi, the body size of DESIGN.md
    app.setFont(font);
}

QIcon icon(const QString &name, const QColor &color)
{
    QFile file(u":/nomo/icons/%1.svg"_s.arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("currentColor", color.name().toLatin1());
    QSvgRenderer renderer(svg);
    QIcon result;
    for (const int size : {16, 20, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

QFrame *card(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setProperty("card", true);
    return frame;
}

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace nomo::theme
