#pragma once

#include <QFrame>

class QCheckBox;
class QLabel;
class QPushButton;

namespace nomo {

// One feature on the dashboard: title, what it does, on/off, a short live figure and
// "Set up". It shows what it is given and says what the merchant asked for; it never
// saves anything itself.
class FeatureCard : public QFrame
{
    Q_OBJECT

public:
    struct Content
    {
        QString title;
        QString description;
        QString figure;
        bool hasData = false;
        bool enabled = false;
        bool pending = false;
        QString page; // a console page of this tool's work: the card offers to open it
    };

    explicit FeatureCard(const QString &key, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    void setContent(const Content &content);
    void retranslate();

Q_SIGNALS:
    void switchToggled(const QString &key, bool on);
    void setupRequested(const QString &key);
    void pageRequested(const QString &page);

private:
    QString m_key;
    Content m_content;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_figureLabel = nullptr;
    QCheckBox *m_switch = nullptr;
    QPushButton *m_setupButton = nullptr;
    QPushButton *m_pageButton = nullptr;
};

} // namespace nomo
