import { useState } from 'react';
import { mutate } from '../../api';
import { navigate } from '../../app/routes';
import { Button } from '../../ui/Button';
import { errorText } from '../../ui/errorText';
import { useToast } from '../../ui/Toast';

/** First run: no strategies yet. Three honest ways to begin. */
export function WelcomeScreen({ onCreate }: { onCreate: (fromTemplate: boolean) => void }) {
  const { notify } = useToast();
  const [opening, setOpening] = useState(false);

  async function openSample() {
    setOpening(true);
    try {
      const strategy = await mutate('strategy.createSample', {});
      navigate({ view: 'strategy', strategyId: strategy.id, place: 'overview' });
    } catch (e) {
      notify({ kind: 'error', message: errorText(e) });
    } finally {
      setOpening(false);
    }
  }

  return (
    <div className="page welcome">
      <div className="welcome-intro">
        <h1 tabIndex={-1}>Welcome to Chancery</h1>
        <p className="welcome-lede">
          Plan your mission's annual digital diplomacy strategy: objectives and KPIs, priorities, and a professional
          presence on each platform. Everything you enter is saved on this computer as you go.
        </p>
      </div>
      <ul className="welcome-options">
        <li className="welcome-option welcome-option-primary">
          <h2>Start from the template</h2>
          <p>
            The common public-diplomacy objectives, each with suggested KPIs, and priorities for a formal, professional
            presence. Adapt or remove anything.
          </p>
          <Button variant="primary" onClick={() => onCreate(true)}>
            Create from template
          </Button>
        </li>
        <li className="welcome-option">
          <h2>Start blank</h2>
          <p>An empty strategy with a title and year. Add your own objectives, KPIs, priorities and platforms.</p>
          <Button variant="secondary" onClick={() => onCreate(false)}>
            Blank strategy
          </Button>
        </li>
        <li className="welcome-option">
          <h2>Look around first</h2>
          <p>
            A complete strategy for a fictional embassy of an invented country, to see how the pieces fit. You can archive
            it when you are done.
          </p>
          <Button variant="secondary" onClick={() => void openSample()} busy={opening} disabled={opening}>
            Open the sample workspace
          </Button>
        </li>
      </ul>
    </div>
  );
}
