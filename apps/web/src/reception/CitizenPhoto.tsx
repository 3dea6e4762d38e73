import { useEffect, useState } from 'react';
import { api } from '../api/client';

/** A citizen's photo for receptions, fetched with the user's sign-in (an <img> alone cannot send it). */
export function CitizenPhoto({ citizenId, name }: { citizenId: string; name: string }) {
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let objectUrl: string | null = null;
    let current = true;
    api.GET('/api/citizens/{id}/photo', { params: { path: { id: citizenId } }, parseAs: 'blob' }).then(
      ({ data, response }) => {
        if (!current) return;
        if (!response.ok || !data) return setFailed(true);
        objectUrl = URL.createObjectURL(data as Blob);
        setUrl(objectUrl);
      },
      () => current && setFailed(true),
    );
    return () => {
      current = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [citizenId]);
  if (failed) return <p className="ap-muted">De foto kon niet worden geladen.</p>;
  if (!url) return <p className="ap-muted">Foto laden…</p>;
  return <img src={url} alt={`Foto van ${name}`} className="ap-photo" />;
}
