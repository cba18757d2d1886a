#include "app/CouponFlows.h"

#include "api/ApiClient.h"
#include "cache/CouponStore.h"
#include "cache/FeatureStore.h"
#include "core/ConsoleLogging.h"
#include "sync/CouponRequests.h"
#include "ui/DashboardWindow.h"
#include "ui/coupons/CampaignDialog.h"
#include "ui/coupons/CouponEditorDialog.h"
#include "viewmodels/CodesCsv.h"
#include "viewmodels/CouponEditorModel.h"
#include "viewmodels/CouponWords.h"
#include "viewmodels/CouponsModel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileDialog>
#include <QJsonArray>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace nomo {

CouponFlows::CouponFlows(CacheDatabase &cache, SyncEngine &engine, ApiClient &api, CouponsModel &coupons, DashboardWindow &window,
                         QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_engine(engine)
    , m_api(api)
    , m_coupons(coupons)
    , m_window(window)
{
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(&m_window, tr("Delete the coupon"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    m_chooseFile = [this](const QString &suggested) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(&m_window, tr("Save the codes"), QDir(folder).filePath(suggested),
                                            tr("Spreadsheet (*.csv)"));
    };
    connect(&m_engine, &SyncEngine::couponRejected, this, &CouponFlows::explain);
}

QDialog *CouponFlows::openEditor(std::optional<qint64> couponId)
{
    delete m_dialog;
    const CouponStore store(m_cache);
    CouponEditorModel *model = nullptr;
    if (couponId) {
        const std::optional<CouponRecord> record = store.find(*couponId);
        if (!record || !record->onDaemon)
            return nullptr;
        model = new CouponEditorModel(record->coupon.terms.isGroup ? CouponEditorModel::Mode::Campaign : CouponEditorModel::Mode::Coupon,
                                      record->coupon.terms, store.codes(*couponId));
        model->setExisting(record->coupon.id, record->version,
                           record->coupon.syncState == Coupon::SyncState::Failed ? record->coupon.syncError : QJsonObject());
    } else {
        const QJsonObject defaults = FeatureStore(m_cache).effective(u"coupons"_s).settings;
        model = new CouponEditorModel(CouponEditorModel::Mode::Coupon,
                                      CouponEditorModel::defaults(defaults, QDateTime::currentDateTimeUtc()), store.codes());
    }
    auto *dialog = new CouponEditorDialog(*model, &m_window);
    model->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CouponEditorDialog::saveRequested, this, [this, model] { queue(model->request()); });
    m_dialog = dialog;
    return dialog;
}

QDialog *CouponFlows::openCampaign()
{
    delete m_dialog;
    const QJsonObject defaults = FeatureStore(m_cache).effective(u"coupons"_s).settings;
    CouponDraft draft = CouponEditorModel::defaults(defaults, QDateTime::currentDateTimeUtc());
    draft.minimumPurchase.reset(); // one-use codes handed out one by one: no minimum unless asked
    draft.groupCount = 100;
    auto *model = new CouponEditorModel(CouponEditorModel::Mode::Campaign, draft, CouponStore(m_cache).codes());
    auto *dialog = new CampaignDialog(*model, &m_window);
    model->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CampaignDialog::saveRequested, this, [this, model] { queue(model->request()); });
    m_dialog = dialog;
    return dialog;
}

void CouponFlows::queue(const OutboxRequest &request)
{
    if (auto queued = m_engine.changeCoupon(request); !queued) {
        qCWarning(lcSync) << "coupon change not queued:" << queued.error().toString();
        m_window.showNotice([] { return tr("This change could not be saved on this computer."); });
    }
}

void CouponFlows::disable(qint64 couponId)
{
    const std::optional<CouponRecord> record = CouponStore(m_cache).find(couponId);
    if (!record || !record->onDaemon)
        return;
    queue(couponDisableRequest(couponId));
}

void CouponFlows::remove(qint64 couponId)
{
    const std::optional<CouponRecord> record = CouponStore(m_cache).find(couponId);
    if (!record || !record->onDaemon)
        return;
    const QString code = CouponWords::isolated(record->coupon.terms.code);
    const QString question = record->coupon.terms.isGroup
        ? tr("Delete the campaign %1 and all its codes? Customers can no longer use them, in Salla too.").arg(code)
        : tr("Delete the coupon %1? Customers can no longer use it, in Salla too.").arg(code);
    if (!m_confirm(question))
        return;
    queue(couponDeleteRequest(couponId, record->version));
}

void CouponFlows::exportCodes(qint64 couponId)
{
    const std::optional<CouponRecord> record = CouponStore(m_cache).find(couponId);
    if (!record || !record->coupon.terms.isGroup)
        return;
    const QString code = record->coupon.terms.code;
    m_window.showNotice([] { return tr("Bringing the campaign's codes…"); });
    m_api.getCouponCodes(couponId, this, [this, couponId, code](const ApiResponse &response) {
        if (!response.ok()) {
            qCInfo(lcApi) << "campaign codes not fetched:" << response.httpStatus << response.networkError;
            m_window.showNotice([] { return tr("We could not bring the codes. Check the connection and try again."); });
            return;
        }
        // {coupon_id, codes: [strings]} (openapi.yaml): a plain list, read here.
        QStringList codes;
        for (const QJsonValue &item : response.body.value(u"codes"_s).toArray())
            if (item.isString())
                codes.append(item.toString());
        if (codes.isEmpty()) {
            m_window.showNotice([] { return tr("Salla has not made this campaign's codes yet. Try again in a few minutes."); });
            return;
        }
        writeCodes(couponId, code, codes);
    });
}

void CouponFlows::writeCodes(qint64, const QString &code, const QStringList &codes)
{
    const QString file = m_chooseFile(u"%1-codes.csv"_s.arg(code));
    if (file.isEmpty()) {
        m_window.showNotice(QString());
        return;
    }
    QSaveFile out(file);
    const QByteArray csv = codesCsv(tr("Coupon code"), codes);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size() || !out.commit()) {
        qCWarning(lcApi) << "codes not written to" << file << out.errorString();
        m_window.showNotice([] { return tr("The codes could not be saved there. Choose another folder."); });
        return;
    }
    const int count = static_cast<int>(codes.size());
    const QString name = QFileInfo(file).fileName();
    m_window.showNotice([count, name] {
        return tr("Saved %Ln code(s) in %1.", nullptr, count).arg(CouponWords::isolated(name));
    });
    Q_EMIT exported(file, count);
}

std::optional<qint64> CouponFlows::idOf(const QString &code) const
{
    for (const CouponRecord &record : CouponStore(m_cache).all())
        if (record.coupon.terms.code.compare(code, Qt::CaseInsensitive) == 0)
            return record.coupon.id;
    return std::nullopt;
}

QString CouponFlows::codeOf(const OutboxEntry &entry) const
{
    if (entry.body && entry.body->value(u"code"_s).isString())
        return entry.body->value(u"code"_s).toString();
    if (const CouponRecord *record = m_coupons.record(entry.entityKey.toLongLong()))
        return record->coupon.terms.code;
    return {};
}

void CouponFlows::explain(const OutboxEntry &entry, SyncEngine::Rejection why, const ApiResponse &response)
{
    const QString code = CouponWords::isolated(codeOf(entry));
    const bool created = entry.kind == outboxkind::CouponCreate;
    const bool deleting = entry.kind == outboxkind::CouponDelete;
    const QList<CouponProblem> problems = couponProblems(response);
    const QString key = problems.isEmpty() ? QString() : problems.first().key;
    const QString field = problems.isEmpty() ? QString() : problems.first().field;
    const int status = response.httpStatus;
    m_window.showNotice([=] {
        if (why == SyncEngine::Rejection::Conflict)
            return deleting ? tr("The coupon %1 was changed on another device, so it was not deleted. Look at it again, then delete "
                                 "it if you still want to.")
                                  .arg(code)
                            : tr("The coupon %1 was changed on another device before your change arrived. Your change was not "
                                 "saved; the list shows the coupon as it is now.")
                                  .arg(code);
        if (status == 404)
            return tr("The coupon %1 is no longer in your store; it may have been deleted on another device.").arg(code);
        if (why == SyncEngine::Rejection::Invalid) {
            const QString reason = CouponWords::field(field) + u": "_s + CouponWords::problem(key);
            return created ? tr("The coupon %1 was not made. %2").arg(code, reason)
                           : tr("Your change to the coupon %1 was not saved. %2").arg(code, reason);
        }
        return tr("Your change to the coupon %1 was not saved. Try again.").arg(code);
    });
}

} // namespace nomo
