// Download of the edited file, exactly as typed.
import { useEffect, useState } from 'preact/hooks';
import { downloadHref, downloadName } from '../download.ts';

export function DownloadLink({ text, fileName }: { text: string; fileName: string }) {
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    const url = downloadHref(text);
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [text]);
  if (!href) return null;
  return (
    <a class="bh-button" href={href} download={downloadName(fileName)}>
      Download uw versie ({downloadName(fileName)})
    </a>
  );
}
