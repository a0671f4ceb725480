import type { Objective } from '../../../shared/domain';
import { mutate } from '../../api';
import { AddItemForm } from '../../ui/AddItemForm';
import { KpiRow } from './KpiRow';

/** The indicators of one objective, editable cell by cell. */
export function KpiTable({ objective, objectiveName }: { objective: Objective; objectiveName: string }) {
  const { kpis } = objective;
  return (
    <div className="kpis">
      <h3 className="kpis-heading">
        KPIs <span className="kpis-count">{kpis.length}</span>
      </h3>
      {kpis.length === 0 ? (
        <p className="kpis-empty muted">No KPIs yet. Add an indicator to measure this objective.</p>
      ) : (
        <div className="kpi-table-wrap">
          <table className="kpi-table">
            <caption className="sr-only">KPIs of {objectiveName}</caption>
            <colgroup>
              <col className="col-metric" />
              <col className="col-number" />
              <col className="col-number" />
              <col className="col-number" />
              <col className="col-unit" />
              <col className="col-date" />
              <col className="col-progress" />
              <col className="col-actions" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Metric</th>
                <th scope="col" className="num">Baseline</th>
                <th scope="col" className="num">Target</th>
                <th scope="col" className="num">Actual</th>
                <th scope="col">Unit</th>
                <th scope="col">Due</th>
                <th scope="col">Progress</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {kpis.map((kpi, i) => (
                <KpiRow key={kpi.id} kpi={kpi} number={i + 1} objectiveName={objectiveName} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="kpis-add">
        <AddItemForm
          openLabel="Add KPI"
          openAriaLabel={`Add KPI to ${objectiveName}`}
          fieldLabel="Metric"
          placeholder="What will you count?"
          variant="quiet"
          onSubmit={async (metric) => {
            await mutate('kpi.create', { objectiveId: objective.id, metric });
          }}
        />
      </div>
    </div>
  );
}
