import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../i18n';

/** Cases by status: a small figure, with the same numbers as a list for screen readers. */
export default function StatusChart(props: { data: { name: string; count: number }[] }) {
  const { t, number } = useI18n();
  return (
    <figure style={{ margin: 0 }}>
      <div style={{ width: '100%', height: 200 }} role="img" aria-label={t('today.byStatus')}>
        <ResponsiveContainer>
          <BarChart data={props.data} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" tick={{ fontSize: 11, fill: '#212529' }} />
            <YAxis allowDecimals={false} tick={{ fill: '#212529' }} />
            <Tooltip />
            <Bar
              isAnimationActive={false}
              dataKey="count"
              name={t('today.casesAxis')}
              fill="#364fc7"
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>
        <ul>
          {props.data.map((d) => (
            <li key={d.name}>
              {d.name}: {number(d.count)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
