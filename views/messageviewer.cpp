#include "views/messageviewer.h"

#include "views/linkopener.h"
#include "views/messagedocumentcache.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

MessageViewer::MessageViewer(const QString &text, bool markdown, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Message text"));
    // A QTextBrowser would follow a link itself (a file: link replaces the text with that file)
    // and load the images the text names: it gets the transcript's safe document instead, and
    // links go through LinkOpener.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setAccessibleName(tr("Message text"));
    // All of the text, however long (the transcript shows at most MaxShownChars of it).
    auto document = MessageDocumentCache::createDocument(
        text, markdown ? TextKind::Markdown : TextKind::Plain, m_browser->font(), -1);
    document->setParent(m_browser);
    m_browser->setDocument(document.release());
    connect(m_browser, &QTextBrowser::anchorClicked, this,
        [this](const QUrl &url) { LinkOpener::open(url, this); });
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
