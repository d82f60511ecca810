// The full app's header actions: share a link, embed, present, export, and the theme; plus the notice about a
// link that could not be read completely.
import { CopyLinkButton } from '../features/share/copy-link-button';
import { EmbedButton } from '../features/share/embed-dialog';
import { LinkNotice } from '../features/share/link-notice';
import { PresentButton } from '../features/present/present-button';
import { ExportMenu } from '../features/export/export-menu';
import { ThemeSwitch } from '../features/theme/theme-switch';
import './header-actions.css';

export function HeaderActions() {
  return (
    <>
      <div className="header-actions">
        <CopyLinkButton />
        <EmbedButton />
        <PresentButton />
        <ExportMenu />
        <ThemeSwitch />
      </div>
      <LinkNotice />
    </>
  );
}
