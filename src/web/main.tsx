import { createRoot } from 'react-dom/client';

function App() {
  return (
    <main>
      <h1>Followthrough</h1>
    </main>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<App />);
