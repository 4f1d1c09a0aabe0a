#include "views/messageviewer.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

MessageViewer::MessageViewer(const QString &text, bool markdown, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Message text"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Message text"));
    if (markdown)
        m_browser->setMarkdown(text);
    else
        m_browser->setPlainText(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copyAll = buttons->addButton(tr("Copy &all"), QDialogButtonBox::ActionRole);
    connect(copyAll, &QPushButton::clicked, this, [this] {
        m_browser->selectAll();
        m_browser->copy();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(640, 480);
}
