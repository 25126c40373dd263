/** A round avatar: the person's photo when there is one, otherwise the first character of their name. */
import styles from './avatar.module.css';

const palette = ['#1560d4', '#007a50', '#8a3ffc', '#b35900', '#c2185b', '#00738a'];

function colourFor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 9973;
  return palette[hash % palette.length] ?? '#1560d4';
}

export function Avatar({ name, url, size = 40 }: { name: string; url?: string | null; size?: number }) {
  const dimension = { width: size, height: size, fontSize: Math.round(size * 0.42) };
  if (url) return <img className={styles.avatar} src={url} alt="" style={dimension} />;
  return (
    <span className={styles.avatar} style={{ ...dimension, background: colourFor(name) }} aria-hidden="true">
      {Array.from(name)[0] ?? '?'}
    </span>
  );
}
