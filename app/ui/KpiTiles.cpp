#include "ui/KpiTiles.h"

#include "ui/Theme.h"
#include "viewmodels/OverviewModel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nomo {

void KpiTile::show(const QString &text, const QString &value, qint64 now, qint64 before, const QString &againstWhat)
{
    label->setText(text);
    figure->setText(value);
    int direction = 0;
    delta->setText(OverviewModel::delta(now, before, &direction));
    delta->setToolTip(againstWhat);
    delta->setProperty("delta", direction > 0 ? u"up"_s : direction < 0 ? u"down"_s : u"flat"_s);
    theme::repolish(delta);
}

QList<KpiTile> addKpiRow(QVBoxLayout *layout, QWidget *body, int count, const QString &objectPrefix)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(16);
    QList<KpiTile> tiles;
    for (int i = 0; i < count; ++i) {
        QFrame *frame = theme::card(body);
        frame->setObjectName(objectPrefix + QString::number(i));
        auto *inner = new QVBoxLayout(frame);
        inner->setContentsMargins(16, 16, 16, 16);
        inner->setSpacing(4);
        KpiTile tile{new QLabel(frame), new QLabel(frame), new QLabel(frame)};
        tile.label->setObjectName(u"kpiLabel"_s);
        tile.figure->setObjectName(u"kpiFigure"_s);
        tile.delta->setObjectName(u"kpiDelta"_s);
        inner->addWidget(tile.label);
        inner->addWidget(tile.figure);
        inner->addWidget(tile.delta);
        row->addWidget(frame, 1);
        tiles.append(tile);
    }
    layout->addLayout(row);
    return tiles;
}

} // namespace nomo
